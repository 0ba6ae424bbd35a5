package org.ariadne.justice;

import java.util.List;
import org.ariadne.referrals.workflow.Cooperation;
import org.jspecify.annotations.Nullable;

/**
 * A change to a case's criminal-justice record, as entered in the form or sent to the API. The
 * whole record is replaced.
 *
 * @param compensation sources left out have nothing claimed
 * @param note         optional reason for the change, kept (encrypted) in the case history
 * @param version      the version read; a change to a record changed since is refused as a conflict
 */
public record JusticeDraft(@Nullable Cooperation cooperation, @Nullable WitnessStatus witness,
                           @Nullable List<Offence> offences, @Nullable NonPunishment nonPunishment,
                           @Nullable List<CompensationClaim> compensation, @Nullable String note, long version) {
}
