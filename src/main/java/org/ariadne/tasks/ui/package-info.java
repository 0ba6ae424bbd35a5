/** The "my tasks" screen and its card on the start page. */
@NullMarked
package org.ariadne.tasks.ui;

import org.jspecify.annotations.NullMarked;
