package org.ariadne.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.ariadne.cases.AgeBand;
import org.ariadne.cases.CaseProfileRecorded;
import org.ariadne.cases.Channel;
import org.ariadne.cases.Disability;
import org.ariadne.cases.ExploitationForm;
import org.ariadne.cases.Sex;
import org.ariadne.cases.SexualExploitationType;
import org.ariadne.cases.StatisticalProfile;
import org.ariadne.justice.CompensationSource;
import org.ariadne.justice.JusticeRecorded;
import org.ariadne.justice.NonPunishment;
import org.ariadne.organisations.ActorType;
import org.ariadne.referrals.DecisionFact;
import org.ariadne.referrals.NrmSnapshot;
import org.ariadne.referrals.NrmStepRecorded;
import org.ariadne.referrals.ReferralBarrier;
import org.ariadne.referrals.workflow.AssistanceStatus;
import org.ariadne.referrals.workflow.CaseStage;
import org.ariadne.referrals.workflow.ConsentStatus;
import org.ariadne.referrals.workflow.Cooperation;
import org.ariadne.referrals.workflow.Transition;
import org.ariadne.support.DeclineReason;
import org.ariadne.support.ServiceFeedbackGiven;
import org.ariadne.support.ServiceReferralChanged;
import org.ariadne.support.ServiceReferralStatus;
import org.ariadne.support.ServiceType;

/**
 * Random events about a fixed set of cases, in any order: profiles that move a case to another
 * month or region (or erase its identity), decisions made, changed and withdrawn, justice records,
 * service referrals that move between months, feedback before its referral. For tests that compare
 * two ways of counting the same facts.
 */
public final class RandomFactEvents {

    public static final String[] REGIONS = {"Summary-North", "Summary-South", "Summary-East", "Summary-West", ""};

    private final Random r;
    private final String prefix;
    private final int cases;
    private final int firstYear;
    private final int lastYear;

    public RandomFactEvents(long seed, int cases, int firstYear, int lastYear) {
        this.r = new Random(seed);
        this.prefix = "random-" + seed + "-";
        this.cases = cases;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
    }

    /** A profile, a history and services for every case, in a random order. */
    public List<Object> everyCase() {
        List<Object> events = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            events.add(profile(i));
            if (r.nextInt(10) < 8) {
                events.add(step(i));
            }
            if (r.nextInt(10) < 6) {
                events.add(justice(i));
            }
            for (int s = r.nextInt(3); s > 0; s--) {
                events.add(referral(i, r.nextInt(4)));
            }
        }
        java.util.Collections.shuffle(events, r);
        return events;
    }

    /** Random changes to random cases. */
    public List<Object> changes(int n) {
        List<Object> events = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int i = r.nextInt(cases);
            events.add(switch (r.nextInt(7)) {
                case 0, 1 -> profile(i);
                case 2 -> step(i);
                case 3 -> justice(i);
                case 4 -> referral(i, r.nextInt(4));
                case 5 -> feedback(i, r.nextInt(5));
                default -> erased(i);
            });
        }
        return events;
    }

    public String caseKey(int i) {
        return prefix + "case-" + i;
    }

    private CaseProfileRecorded profile(int i) {
        return new CaseProfileRecorded(caseKey(i), prefix + "person-" + r.nextInt(cases * 3 / 4 + 1), false,
                randomProfile());
    }

    private CaseProfileRecorded erased(int i) {
        return new CaseProfileRecorded(caseKey(i), null, false, randomProfile());
    }

    private StatisticalProfile randomProfile() {
        Set<ExploitationForm> forms = EnumSet.noneOf(ExploitationForm.class);
        for (int f = 1 + r.nextInt(2); f > 0; f--) {
            forms.add(pick(ExploitationForm.values()));
        }
        Set<SexualExploitationType> sexual = r.nextBoolean() ? Set.of(pick(SexualExploitationType.values())) : Set.of();
        boolean child = r.nextInt(3) == 0;
        return new StatisticalProfile(month(), pick(ActorType.values()), r.nextBoolean() ? pick(Channel.values()) : null,
                forms, sexual, r.nextInt(5) == 0, null, pick(AgeBand.values()), child, r.nextInt(9) == 0,
                r.nextInt(8) == 0 ? null : pick(Sex.values()), pick(new String[] {"MD", "RO", "NG", "VN"}),
                r.nextInt(8) == 0 ? null : pick(Disability.values()), r.nextInt(20) == 0, pick(REGIONS));
    }

    private NrmStepRecorded step(int i) {
        LocalDate detected = month().atDay(1 + r.nextInt(28));
        boolean referred = r.nextInt(5) > 0;
        LocalDate referredOn = referred ? detected.plusDays(r.nextInt(40)) : null;
        DecisionFact rg = referred && r.nextBoolean() ? new DecisionFact(r.nextInt(4) > 0,
                referredOn.plusDays(r.nextInt(60)), pick(ActorType.values()), r.nextInt(10) == 0) : null;
        DecisionFact cd = rg != null && rg.positive() && r.nextBoolean() ? new DecisionFact(r.nextBoolean(),
                rg.on().plusDays(r.nextInt(200)), pick(ActorType.values()), r.nextInt(10) == 0) : null;
        boolean anonymous = !referred && r.nextBoolean();
        Set<ReferralBarrier> barriers = anonymous ? Set.of(pick(ReferralBarrier.values())) : Set.of();
        var snapshot = new NrmSnapshot(pick(CaseStage.values()), r.nextBoolean(), anonymous,
                pick(ConsentStatus.values()), detected, anonymous ? detected : null, referredOn,
                referred ? pick(ActorType.values()) : null, rg, cd, null, null, pick(AssistanceStatus.values()), null,
                null, barriers, r.nextBoolean());
        return new NrmStepRecorded(caseKey(i), Transition.DETECT, pick(ActorType.values()), detected, snapshot);
    }

    private JusticeRecorded justice(int i) {
        Set<CompensationSource> claimed = r.nextBoolean() ? Set.of(pick(CompensationSource.values())) : Set.of();
        return new JusticeRecorded(caseKey(i), month().atDay(3), pick(Cooperation.values()), r.nextBoolean(),
                r.nextInt(3), pick(NonPunishment.values()), claimed, r.nextBoolean() ? claimed : Set.of(),
                r.nextInt(3) == 0 ? claimed : Set.of());
    }

    private ServiceReferralChanged referral(int i, int number) {
        LocalDate on = month().atDay(1 + r.nextInt(28));
        ServiceReferralStatus status = pick(ServiceReferralStatus.values());
        return new ServiceReferralChanged(caseKey(i), caseKey(i) + "-service-" + number, pick(ServiceType.values()),
                status, status == ServiceReferralStatus.DECLINED ? pick(DeclineReason.values()) : null,
                pick(ActorType.values()), pick(ActorType.values()), on, r.nextBoolean() ? on.plusDays(3) : null,
                null, null, r.nextBoolean() ? 1 + r.nextInt(5) : null);
    }

    private ServiceFeedbackGiven feedback(int i, int number) {
        return new ServiceFeedbackGiven(caseKey(i), caseKey(i) + "-service-" + number, pick(ServiceType.values()),
                1 + r.nextInt(5), pick(ServiceFeedbackGiven.NeedsMet.values()), month());
    }

    private YearMonth month() {
        return YearMonth.of(firstYear + r.nextInt(lastYear - firstYear + 1), 1 + r.nextInt(12));
    }

    private <T> T pick(T[] values) {
        return values[r.nextInt(values.length)];
    }
}
