/** The main layout, the home page and the error pages. */
@NullMarked
package org.ariadne.base.ui;

import org.jspecify.annotations.NullMarked;
