package org.ariadne.referrals;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ariadne.cases.CaseCode;
import org.ariadne.cases.CaseHeader;
import org.ariadne.cases.CaseService;
import org.ariadne.common.NotFoundException;
import org.ariadne.organisations.Organisation;
import org.ariadne.organisations.OrganisationService;
import org.ariadne.referrals.internal.NrmStore;
import org.ariadne.referrals.workflow.Transition;
import org.ariadne.referrals.workflow.TransitionRecord;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The printable notice of a formal decision, for the case's readers; reading it is an audited read of the case. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class DecisionNotices {

    private static final Set<Transition> NOTICEABLE = EnumSet.of(Transition.REASONABLE_GROUNDS_POSITIVE,
            Transition.REASONABLE_GROUNDS_NEGATIVE, Transition.CONCLUSIVE_POSITIVE, Transition.CONCLUSIVE_NEGATIVE,
            Transition.RECONSIDERATION_UPHELD, Transition.RECONSIDERATION_OVERTURNED,
            Transition.EXTEND_RECOVERY_PERIOD, Transition.END_RECOVERY_PERIOD_EARLY);

    /** What a notice shows: the decision step, the case it belongs to and who decided. */
    public record Notice(CaseCode code, int step, TransitionRecord decision, String decidingOrganisation,
                         boolean child, List<TransitionRecord> history) {
    }

    private final CaseService cases;
    private final NrmStore store;
    private final OrganisationService organisations;

    DecisionNotices(CaseService cases, NrmStore store, OrganisationService organisations) {
        this.cases = cases;
        this.store = store;
        this.organisations = organisations;
    }

    public static boolean isNoticeable(Transition transition) {
        return NOTICEABLE.contains(transition);
    }

    public Notice notice(CaseCode code, int step) {
        CaseHeader header = cases.header(code, "referral.read-notice");
        List<TransitionRecord> history = store.load(code).map(l -> l.nrmCase().history()).orElse(List.of());
        if (step < 0 || step >= history.size() || !isNoticeable(history.get(step).transition())) {
            throw new NotFoundException("nrm.error.no-such-decision");
        }
        TransitionRecord decision = history.get(step);
        String organisation = organisations.find(decision.by().organisation()).map(Organisation::name).orElse("");
        return new Notice(code, step, decision, organisation, header.child(), history);
    }
}
