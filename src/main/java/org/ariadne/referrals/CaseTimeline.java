package org.ariadne.referrals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ariadne.cases.AssessmentRecord;
import org.ariadne.cases.CaseCode;
import org.ariadne.cases.CaseHeader;
import org.ariadne.cases.CaseService;
import org.ariadne.common.Message;
import org.ariadne.organisations.Organisation;
import org.ariadne.organisations.OrganisationService;
import org.ariadne.referrals.internal.ConsentStore;
import org.ariadne.referrals.internal.NrmStore;
import org.ariadne.referrals.workflow.Transition;
import org.ariadne.referrals.workflow.TransitionRecord;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything that happened to a case, in order: its recording, indicator assessments, consent,
 * every step on the referral mechanism with who, for which organisation, why and on what legal
 * basis, and what other features contribute. Reading it is reading the case, checked and audited.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class CaseTimeline {

    private final CaseService cases;
    private final NrmStore store;
    private final ConsentStore consents;
    private final OrganisationService organisations;
    private final List<TimelineSource> sources;

    CaseTimeline(CaseService cases, NrmStore store, ConsentStore consents, OrganisationService organisations,
                 List<TimelineSource> sources) {
        this.cases = cases;
        this.store = store;
        this.consents = consents;
        this.organisations = organisations;
        this.sources = sources;
    }

    /** Oldest first. */
    public List<TimelineEntry> of(CaseCode code) {
        CaseHeader details = cases.header(code, "referral.read-timeline");
        List<TimelineEntry> entries = new ArrayList<>();
        entries.add(new TimelineEntry(details.createdAt(), Message.of("nrm.timeline.recorded"), details.createdBy(),
                details.ownerName(), details.identifyingActorType(), null, null, null));
        for (AssessmentRecord assessment : cases.assessments(code)) {
            entries.add(new TimelineEntry(assessment.assessedAt(), Message.of("nrm.timeline.assessed",
                    Message.of("indicators.outcome." + assessment.outcome().name())), assessment.assessedBy(),
                    details.ownerName(), null, null, null, null));
        }
        // consent given or withdrawn is a step of its own below; a refusal may not be
        for (ConsentRecord consent : consents.all(code)) {
            if (!consent.given()) {
                entries.add(new TimelineEntry(consent.recordedAt(), Message.of("nrm.timeline.consent-refused"),
                        consent.recordedBy(), details.ownerName(), null, null,
                        Message.of("nrm.timeline.consent-detail", consent.explainedBy(), consent.language()), null));
            }
        }
        List<ConsentRecord> given = consents.all(code).stream().filter(ConsentRecord::given).toList();
        store.load(code).ifPresent(loaded -> {
            List<TransitionRecord> history = loaded.nrmCase().history();
            for (int seq = 0; seq < history.size(); seq++) {
                entries.add(step(history.get(seq), seq, given));
            }
        });
        sources.forEach(source -> entries.addAll(source.entries(code)));
        entries.sort(Comparator.comparing(TimelineEntry::at));
        return entries;
    }

    private TimelineEntry step(TransitionRecord step, int seq, List<ConsentRecord> given) {
        String organisation = organisations.find(step.by().organisation()).map(Organisation::name).orElse("");
        Message detail = Message.of("nrm.timeline.step-detail", Message.of(step.legalBasis().messageKey()),
                step.legalReference(), step.policyVersion());
        if (step.transition() == Transition.GIVE_CONSENT || step.transition() == Transition.UPGRADE_TO_REFERRAL) {
            // the consent recorded with this step: the latest one not after it
            ConsentRecord consent = given.stream().filter(c -> !c.recordedAt().isAfter(step.at()))
                    .reduce((first, second) -> second).orElse(null);
            if (consent != null) {
                detail = Message.of("nrm.timeline.consent-step-detail", consent.explainedBy(), consent.language(),
                        detail);
            }
        }
        return new TimelineEntry(step.at(), Message.of(step.transition().messageKey()), step.by().username(),
                organisation, step.by().actorType(), step.reason(), detail,
                DecisionNotices.isNoticeable(step.transition()) ? seq : null);
    }

}
