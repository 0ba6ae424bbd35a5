package org.ariadne.referrals.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A case on the referral mechanism: its stage, the facts the step rules read, the criminal-justice
 * track, and every step taken so far (oldest first, never empty).
 */
public record NrmCase(CaseStage stage, CaseFacts facts, JusticeFacts justice, List<TransitionRecord> history) {

    public NrmCase {
        history = List.copyOf(history);
        if (history.isEmpty()) {
            throw new IllegalArgumentException("a case starts with the step that opened it");
        }
    }

    public Instant lastStepAt() {
        return history.getLast().at();
    }

    NrmCase next(CaseStage to, CaseFacts newFacts, JusticeFacts newJustice, TransitionRecord step) {
        List<TransitionRecord> steps = new ArrayList<>(history);
        steps.add(step);
        return new NrmCase(to, newFacts, newJustice, steps);
    }
}
