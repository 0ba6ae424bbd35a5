/**
 * Support screens: the "Support" section of a case (its service referrals, referring, revoking,
 * rating and the person's feedback), the provider's inbox and the provider's view of one referral.
 * They call the support services only.
 */
@NullMarked
package org.ariadne.support.ui;

import org.jspecify.annotations.NullMarked;
