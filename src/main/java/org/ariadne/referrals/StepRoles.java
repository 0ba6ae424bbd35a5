package org.ariadne.referrals;

import java.util.EnumSet;
import java.util.Set;
import org.ariadne.cases.CaseHeader.Reach;
import org.ariadne.organisations.Actor;
import org.ariadne.referrals.workflow.Transition;
import org.ariadne.security.Role;

/**
 * Which role, reaching the case how, may take each step — the first of the three questions, asked
 * before national policy (may this actor type perform the function) and the case facts.
 * Caseworkers of the recording organisation run the case; decision makers of the organisation the
 * case is referred to, or of the recording organisation itself where policy lets its actor type
 * designate, decide; child protection appoints guardians for the children it was alerted to.
 * Break-glass access reads, it never acts.
 */
public final class StepRoles {

    private static final Set<Transition> DECISIONS = EnumSet.of(Transition.REASONABLE_GROUNDS_POSITIVE,
            Transition.REASONABLE_GROUNDS_NEGATIVE, Transition.EXTEND_RECOVERY_PERIOD,
            Transition.END_RECOVERY_PERIOD_EARLY, Transition.CONCLUSIVE_POSITIVE, Transition.CONCLUSIVE_NEGATIVE,
            Transition.RECONSIDERATION_UPHELD, Transition.RECONSIDERATION_OVERTURNED);
    private static final Set<Transition> CHILD_PROTECTION = EnumSet.of(Transition.APPOINT_GUARDIAN,
            Transition.RECORD_BEST_INTERESTS);

    private StepRoles() {
    }

    public static boolean isDecision(Transition transition) {
        return DECISIONS.contains(transition);
    }

    /** The role a step needs. */
    public static Role roleFor(Transition transition) {
        if (DECISIONS.contains(transition)) {
            return Role.DECISION_MAKER;
        }
        return CHILD_PROTECTION.contains(transition) ? Role.CHILD_PROTECTION : Role.CASEWORKER;
    }

    public static boolean may(Actor actor, Reach reach, Transition transition) {
        if (transition == Transition.DETECT || reach == Reach.BREAK_GLASS || !actor.hasRole(roleFor(transition))) {
            return false;
        }
        if (DECISIONS.contains(transition)) {
            return reach == Reach.AUTHORITY || reach == Reach.OWNER;
        }
        if (CHILD_PROTECTION.contains(transition)) {
            return reach == Reach.CHILD_PROTECTION || reach == Reach.OWNER;
        }
        if (transition == Transition.RECORD_CRIMINAL_JUSTICE) {
            return reach == Reach.OWNER || reach == Reach.AUTHORITY;
        }
        return reach == Reach.OWNER;
    }
}
