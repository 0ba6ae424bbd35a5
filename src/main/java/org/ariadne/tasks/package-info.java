/**
 * "My tasks": what each user's roles call for now — decisions due, guardians to appoint, recovery
 * periods ending, referrals to answer. Other features contribute lists as {@link TaskSource} beans
 * (the referral mechanism's are in {@code nrm}); this feature depends on none of theirs but the
 * referral mechanism, so a feature built later adds its source without a cycle.
 */
@NullMarked
package org.ariadne.tasks;

import org.jspecify.annotations.NullMarked;
