/** UI helpers shared by every feature's views. */
@NullMarked
package org.ariadne.common.ui;

import org.jspecify.annotations.NullMarked;
