package org.ariadne.referrals;

import org.ariadne.cases.CaseCode;
import org.ariadne.cases.CaseLifecycle;
import org.ariadne.cases.CaseShares;
import org.ariadne.cases.CaseStatus;
import org.ariadne.cases.ShareEndReason;
import org.ariadne.cases.SharePurpose;
import org.ariadne.common.Notice;
import org.ariadne.organisations.Actor;
import org.ariadne.organisations.OrganisationId;
import org.ariadne.referrals.internal.NrmStore;
import org.ariadne.referrals.workflow.CaseStage;
import org.ariadne.referrals.workflow.FollowUp;
import org.ariadne.referrals.workflow.Transition;
import org.ariadne.referrals.workflow.WorkflowResult;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Carries out what a step hands on: sharing the case with the organisation it is referred to or
 * the child-protection service alerted, ending sharing when consent is withdrawn or the case is
 * closed, discarding an anonymous notification's identity, and telling organisations.
 */
@Component
class FollowUps {

    static final String REFERRAL_SOURCE = "nrm-referral";
    static final String CHILD_SOURCE = "nrm-child-protection";

    private final CaseShares shares;
    private final CaseLifecycle lifecycle;
    private final ApplicationEventPublisher events;

    FollowUps(CaseShares shares, CaseLifecycle lifecycle, ApplicationEventPublisher events) {
        this.shares = shares;
        this.lifecycle = lifecycle;
        this.events = events;
    }

    void carryOut(NrmStore.Loaded after, OrganisationId owner, WorkflowResult.Applied applied, Actor actor) {
        CaseCode code = after.code();
        Transition transition = applied.step().transition();
        OrganisationId authority = after.authority();
        if (Routing.refers(transition) && authority != null) {
            if (!authority.equals(owner)) {
                shares.grant(code, authority, SharePurpose.AUTHORITY_REFERRAL, REFERRAL_SOURCE, actor);
            }
            notice(authority, "referral-received", code, actor);
        }
        OrganisationId childProtection = after.childProtection();
        if (applied.followUps().contains(FollowUp.NOTIFY_CHILD_PROTECTION) && childProtection != null) {
            if (!childProtection.equals(owner)) {
                shares.grant(code, childProtection, SharePurpose.CHILD_PROTECTION, CHILD_SOURCE, actor);
            }
            notice(childProtection, "child-alert", code, actor);
        }
        if (applied.followUps().contains(FollowUp.DISCARD_IDENTITY)) {
            lifecycle.discardIdentity(code);
        }
        if (StepRoles.isDecision(transition)) {
            notice(owner, "decision-made", code, actor);
        }
        if (transition == Transition.REQUEST_RECONSIDERATION && authority != null) {
            notice(authority, "reconsideration-requested", code, actor);
        }
        if (transition == Transition.WITHDRAW_CONSENT) {
            shares.endAll(code, ShareEndReason.CONSENT_WITHDRAWN);
        }
        if (after.nrmCase().stage() == CaseStage.CLOSED) {
            shares.endAll(code, ShareEndReason.CASE_CLOSED);
            lifecycle.setStatus(code, CaseStatus.CLOSED);
        }
    }

    /** Tells an organisation, unless it is the actor's own (they know already). */
    private void notice(OrganisationId to, String kind, CaseCode code, Actor actor) {
        if (!to.equals(actor.organisationId())) {
            events.publishEvent(new Notice(to.value(), kind, code.value()));
        }
    }
}
