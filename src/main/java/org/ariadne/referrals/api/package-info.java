/** The referral mechanism over HTTP: a case's NRM state and steps, consent, the decision queue, the timeline. */
@NullMarked
package org.ariadne.referrals.api;

import org.jspecify.annotations.NullMarked;
