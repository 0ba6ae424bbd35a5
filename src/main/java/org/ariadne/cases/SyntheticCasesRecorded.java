package org.ariadne.cases;

import java.time.Instant;
import java.util.List;
import org.ariadne.organisations.ActorType;
import org.ariadne.organisations.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * Published after each batch of synthetic cases is written (demo data and benchmarks), inside
 * the batch's transaction, so other features can give the cases a plausible history of their own
 * and statistics can count them — in batches, since a benchmark writes a million.
 */
public record SyntheticCasesRecorded(List<Synthetic> cases) {

    public SyntheticCasesRecorded {
        cases = List.copyOf(cases);
    }

    /**
     * One synthetic case with what other features need: its owner, status and anonymised profile.
     *
     * @param caseKey   as in {@link CaseProfileRecorded}
     * @param personKey as in {@link CaseProfileRecorded}
     */
    public record Synthetic(CaseCode code, OrganisationId owner, ActorType identifyingActorType, CaseStatus status,
                            boolean child, Instant createdAt, String caseKey, @Nullable String personKey,
                            StatisticalProfile profile) {
    }
}
