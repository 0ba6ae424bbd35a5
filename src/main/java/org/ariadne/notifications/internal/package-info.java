/** Storage of notifications and read marks, and the listeners that fill it and send e-mail. */
@NullMarked
package org.ariadne.notifications.internal;

import org.jspecify.annotations.NullMarked;
