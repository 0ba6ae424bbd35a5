package org.ariadne.referrals;

import org.ariadne.cases.CaseHeader;
import org.ariadne.cases.CaseRecorded;
import org.ariadne.referrals.internal.NrmStore;
import org.ariadne.referrals.workflow.CaseStage;
import org.ariadne.referrals.workflow.CommandDetails;
import org.ariadne.referrals.workflow.Transition;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Puts a case on the referral mechanism when it is submitted, and presumes the person a child when
 * a later save shows it (age revealed or disputed). Runs in the saving transaction: a refusal by
 * national policy undoes the save, with the rule named.
 */
@Component
class NrmOpener {

    static final String SUBMITTED = "#nrm.reason.submitted";
    static final String CHILD_BY_AGE = "#nrm.reason.child-by-age";

    private final NrmEngine engine;
    private final NrmStore store;

    NrmOpener(NrmEngine engine, NrmStore store) {
        this.engine = engine;
        this.store = store;
    }

    @EventListener
    void on(CaseRecorded event) {
        var loaded = store.load(event.code());
        if (loaded.isEmpty()) {
            engine.open(event.code(), event.by().organisationId(), event.child(), event.by(), SUBMITTED);
            return;
        }
        var nrm = loaded.get();
        CaseStage stage = nrm.nrmCase().stage();
        if (event.child() && !nrm.nrmCase().facts().child() && stage != CaseStage.CLOSED
                && stage != CaseStage.ANONYMOUS_NOTIFICATION) {
            // the event comes from the case's own caseworker saving it
            engine.take(event.code(), event.by().organisationId(), CaseHeader.Reach.OWNER, event.by(),
                    new StepRequest(Transition.PRESUME_CHILD, CHILD_BY_AGE, null, "", CommandDetails.NONE,
                            nrm.version(), null));
        }
    }
}
