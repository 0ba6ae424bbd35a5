package org.ariadne.justice;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.ariadne.cases.CaseCode;
import org.ariadne.referrals.workflow.Cooperation;
import org.jspecify.annotations.Nullable;

/**
 * A case's criminal-justice record as its readers see it.
 *
 * @param version      to send back with a change; 0 while nothing has been recorded
 * @param compensation one entry per source, in the order of {@link CompensationSource}
 * @param editable     whether the reader may change it (the change checks again)
 */
public record JusticeRecord(CaseCode code, long version, Cooperation cooperation, WitnessStatus witness,
                            List<Offence> offences, NonPunishment nonPunishment, List<CompensationClaim> compensation,
                            @Nullable Instant updatedAt, @Nullable String updatedBy, boolean editable) {

    public JusticeRecord {
        offences = List.copyOf(offences);
        compensation = List.copyOf(compensation);
    }

    /** Nothing recorded yet. */
    public static JusticeRecord empty(CaseCode code, boolean editable) {
        return new JusticeRecord(code, 0, Cooperation.NOT_RECORDED, WitnessStatus.NOT_RECORDED, List.of(),
                NonPunishment.NOT_APPLICABLE, Arrays.stream(CompensationSource.values()).map(CompensationClaim::none)
                .toList(), null, null, editable);
    }

    public CompensationClaim claim(CompensationSource source) {
        return compensation.stream().filter(c -> c.source() == source).findFirst()
                .orElse(CompensationClaim.none(source));
    }

    /** The record as a change to start from. */
    public JusticeDraft toDraft() {
        return new JusticeDraft(cooperation, witness, offences, nonPunishment, compensation, "", version);
    }
}
