/**
 * The support feature's lists in "my tasks": for a provider, the referrals waiting for an answer and
 * the accepted ones whose service has not started yet. They read through the provider's inbox, with
 * its role check and audit.
 */
@NullMarked
package org.ariadne.support.tasks;

import org.jspecify.annotations.NullMarked;
