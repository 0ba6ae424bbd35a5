/** Persistence of the referral mechanism: state with its version, steps with encrypted reasons, consent records. */
@NullMarked
package org.ariadne.referrals.internal;

import org.jspecify.annotations.NullMarked;
