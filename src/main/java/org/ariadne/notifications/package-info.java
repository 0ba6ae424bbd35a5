/**
 * In-app notifications: each {@link org.ariadne.common.Notice} another feature publishes is kept
 * for the organisation it is addressed to, and every user of that organisation sees it, with their
 * own read marks. Where SMTP is configured, the organisation's notification address also gets a
 * short e-mail that says only what kind of thing happened and links to the application: never a
 * name, never a case.
 */
@NullMarked
package org.ariadne.notifications;

import org.jspecify.annotations.NullMarked;
