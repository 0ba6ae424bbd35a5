package org.ariadne.referrals.workflow;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One step in a case's history: what, from which stage to which, who for which organisation (and
 * as which actor type), when, why, on what legal basis and under which policy version.
 *
 * @param from null for the step that opened the case
 */
public record TransitionRecord(Transition transition, @Nullable CaseStage from, CaseStage to, Performer by,
                               Instant at, String reason, LegalBasis legalBasis, String legalReference,
                               int policyVersion, CommandDetails details) {
}
