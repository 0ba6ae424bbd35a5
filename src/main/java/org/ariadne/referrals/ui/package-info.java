/** Screens of the referral mechanism: the case's NRM tab with its steps and consent, the decision queue, the timeline and decision notices. */
@NullMarked
package org.ariadne.referrals.ui;

import org.jspecify.annotations.NullMarked;
