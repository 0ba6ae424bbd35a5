package org.ariadne.justice;

import java.time.Clock;
import java.time.LocalDate;
import org.ariadne.audit.AuditEvent;
import org.ariadne.audit.AuditOutcome;
import org.ariadne.audit.AuditTrail;
import org.ariadne.cases.CaseCode;
import org.ariadne.cases.CaseHeader;
import org.ariadne.cases.CaseService;
import org.ariadne.cases.CaseStatus;
import org.ariadne.cases.StatisticsKeys;
import org.ariadne.common.ConflictException;
import org.ariadne.common.Message;
import org.ariadne.common.RefusedException;
import org.ariadne.justice.internal.JusticeStore;
import org.ariadne.organisations.Actor;
import org.ariadne.organisations.CurrentActor;
import org.ariadne.referrals.NrmService;
import org.ariadne.referrals.NrmView;
import org.ariadne.referrals.StepRequest;
import org.ariadne.referrals.StepRoles;
import org.ariadne.referrals.workflow.CommandDetails;
import org.ariadne.referrals.workflow.Transition;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's criminal-justice record, for the UI, the API and jobs alike. Reading it is reading the
 * case (checked and audited by the case service). A change is checked by the step rules of
 * {@code RECORD_CRIMINAL_JUSTICE} (caseworkers of the owning organisation or of the authority the
 * case is referred to; never break-glass), validated, stored under optimistic locking and recorded
 * as that step in the case history, in one transaction: a refusal anywhere changes nothing.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class JusticeService {

    static final String OBJECT = "case";
    static final String UPDATED = "#justice.reason.updated";

    private final CaseService cases;
    private final NrmService nrm;
    private final JusticeStore store;
    private final StatisticsKeys keys;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    JusticeService(CaseService cases, NrmService nrm, JusticeStore store, StatisticsKeys keys,
                   CurrentActor currentActor, ApplicationEventPublisher events, AuditTrail audit, Clock clock) {
        this.cases = cases;
        this.nrm = nrm;
        this.store = store;
        this.keys = keys;
        this.currentActor = currentActor;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public JusticeRecord read(CaseCode code) {
        Actor actor = currentActor.require();
        CaseHeader header = cases.header(code, "justice.read");
        return record(code, mayChange(actor, header));
    }

    public JusticeRecord update(CaseCode code, JusticeDraft draft) {
        Actor actor = currentActor.require();
        CaseHeader header = cases.header(code, "justice.read");
        if (!StepRoles.may(actor, header.reach(), Transition.RECORD_CRIMINAL_JUSTICE)) {
            throw refuse(code, RefusedException.Kind.ROLE, Message.of("justice.refused.role"));
        }
        if (header.status() == CaseStatus.DRAFT) {
            throw refuse(code, RefusedException.Kind.STATE, Message.of("justice.refused.draft"));
        }
        JusticeRules.Checked checked = JusticeRules.check(draft);
        if (store.version(code) != draft.version()) {
            audit.record(new AuditEvent("justice.update", OBJECT, code.value(), AuditOutcome.FAILED, "conflict"));
            throw new ConflictException("justice.error.conflict");
        }
        store.save(code, draft.version(), new JusticeStore.Change(draft.cooperation(), draft.witness(),
                checked.offences(), draft.nonPunishment(), checked.compensation()), actor.username(), clock.instant());
        // The same change as a step of the case: its history shows it, and the stage rules apply.
        long nrmVersion = nrm.view(code).map(NrmView::version).orElse(0L);
        nrm.step(code, StepRequest.of(Transition.RECORD_CRIMINAL_JUSTICE,
                checked.note().isEmpty() ? UPDATED : checked.note(), nrmVersion)
                .with(new CommandDetails.JusticeUpdate(JusticeRules.facts(checked))));
        events.publishEvent(JusticeRules.event(keys.caseKey(code), LocalDate.now(clock), checked));
        audit.record(AuditEvent.success("justice.update", OBJECT, code.value()));
        return record(code, true);
    }

    private RefusedException refuse(CaseCode code, RefusedException.Kind kind, Message reason) {
        audit.record(new AuditEvent("justice.update", OBJECT, code.value(), AuditOutcome.DENIED, reason.key()));
        return new RefusedException(kind, reason);
    }

    private JusticeRecord record(CaseCode code, boolean editable) {
        return store.load(code).map(s -> new JusticeRecord(code, s.version(), s.cooperation(), s.witness(),
                s.offences(), s.nonPunishment(), s.compensation(), s.updatedAt(), s.updatedBy(), editable))
                .orElseGet(() -> JusticeRecord.empty(code, editable));
    }

    /** The rule of the step that records criminal justice: role and how the case is reached. */
    private static boolean mayChange(Actor actor, CaseHeader header) {
        return header.status() != CaseStatus.DRAFT
                && StepRoles.may(actor, header.reach(), Transition.RECORD_CRIMINAL_JUSTICE);
    }
}
