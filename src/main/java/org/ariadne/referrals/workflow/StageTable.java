package org.ariadne.referrals.workflow;

import static org.ariadne.referrals.workflow.CaseStage.ANONYMOUS_NOTIFICATION;
import static org.ariadne.referrals.workflow.CaseStage.CLOSED;
import static org.ariadne.referrals.workflow.CaseStage.CONSENTED;
import static org.ariadne.referrals.workflow.CaseStage.DETECTED;
import static org.ariadne.referrals.workflow.CaseStage.IDENTIFIED_VICTIM;
import static org.ariadne.referrals.workflow.CaseStage.NEGATIVE_REASONABLE_GROUNDS;
import static org.ariadne.referrals.workflow.CaseStage.NOT_A_VICTIM;
import static org.ariadne.referrals.workflow.CaseStage.RECONSIDERATION;
import static org.ariadne.referrals.workflow.CaseStage.RECOVERY_PERIOD;
import static org.ariadne.referrals.workflow.CaseStage.REFERRED;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** From which stages each step may be taken. Fact rules (consent, age, clocks) come on top, in {@link Guards}. */
final class StageTable {

    /** Stages where a known person is on the mechanism: anything but an anonymous notification or a closed case. */
    private static final Set<CaseStage> WITH_PERSON = EnumSet.complementOf(EnumSet.of(ANONYMOUS_NOTIFICATION, CLOSED));
    private static final Set<CaseStage> AFTER_CONSENT = EnumSet.complementOf(
            EnumSet.of(DETECTED, ANONYMOUS_NOTIFICATION, CLOSED));

    private static final Map<Transition, Set<CaseStage>> FROM = new EnumMap<>(Transition.class);

    static {
        FROM.put(Transition.DETECT, EnumSet.noneOf(CaseStage.class));
        FROM.put(Transition.GIVE_CONSENT, EnumSet.of(DETECTED));
        FROM.put(Transition.WITHDRAW_CONSENT, AFTER_CONSENT);
        FROM.put(Transition.NOTIFY_ANONYMOUSLY, EnumSet.of(DETECTED));
        FROM.put(Transition.UPGRADE_TO_REFERRAL, EnumSet.of(ANONYMOUS_NOTIFICATION));
        FROM.put(Transition.REFER_TO_AUTHORITY, EnumSet.of(DETECTED, CONSENTED));
        FROM.put(Transition.PRESUME_CHILD, WITH_PERSON);
        FROM.put(Transition.APPOINT_GUARDIAN, WITH_PERSON);
        FROM.put(Transition.RECORD_BEST_INTERESTS, WITH_PERSON);
        FROM.put(Transition.REASONABLE_GROUNDS_POSITIVE, EnumSet.of(REFERRED));
        FROM.put(Transition.REASONABLE_GROUNDS_NEGATIVE, EnumSet.of(REFERRED));
        FROM.put(Transition.EXTEND_RECOVERY_PERIOD, EnumSet.of(RECOVERY_PERIOD));
        FROM.put(Transition.END_RECOVERY_PERIOD_EARLY, EnumSet.of(RECOVERY_PERIOD));
        FROM.put(Transition.CONCLUSIVE_POSITIVE, EnumSet.of(RECOVERY_PERIOD));
        FROM.put(Transition.CONCLUSIVE_NEGATIVE, EnumSet.of(RECOVERY_PERIOD));
        FROM.put(Transition.REQUEST_RECONSIDERATION, EnumSet.of(NEGATIVE_REASONABLE_GROUNDS, NOT_A_VICTIM));
        FROM.put(Transition.RECONSIDERATION_UPHELD, EnumSet.of(RECONSIDERATION));
        FROM.put(Transition.RECONSIDERATION_OVERTURNED, EnumSet.of(RECONSIDERATION));
        FROM.put(Transition.START_ASSISTANCE, WITH_PERSON);
        FROM.put(Transition.REFER_TO_SERVICES, WITH_PERSON);
        FROM.put(Transition.END_ASSISTANCE, WITH_PERSON);
        // compensation is often paid long after support has ended and the case was closed
        FROM.put(Transition.RECORD_CRIMINAL_JUSTICE, EnumSet.complementOf(EnumSet.of(ANONYMOUS_NOTIFICATION)));
        FROM.put(Transition.RECORD_OUTCOME, EnumSet.of(RECOVERY_PERIOD, IDENTIFIED_VICTIM));
        FROM.put(Transition.CLOSE, EnumSet.complementOf(EnumSet.of(CLOSED)));
    }

    private StageTable() {
    }

    static boolean allows(CaseStage stage, Transition transition) {
        return FROM.get(transition).contains(stage);
    }
}
