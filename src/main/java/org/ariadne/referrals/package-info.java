/**
 * The National Referral Mechanism: a presumed victim's path from detection and consent through
 * referral, the reasonable-grounds and conclusive decisions, the recovery period and
 * reconsideration, to support, an outcome and closure. The rules live in plain Java
 * ({@code workflow}, {@code deadlines}) and are checked against the national policy profile.
 */
@NullMarked
package org.ariadne.referrals;

import org.jspecify.annotations.NullMarked;
