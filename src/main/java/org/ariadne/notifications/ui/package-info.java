/** The notification bell in the navbar and the list of notifications. */
@NullMarked
package org.ariadne.notifications.ui;

import org.jspecify.annotations.NullMarked;
