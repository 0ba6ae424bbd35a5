@NullMarked
package org.ariadne.policy.ui;

import org.jspecify.annotations.NullMarked;
