package org.ariadne.statistics.internal;

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
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Synthetic statistics for tests, demonstrations and benchmarks: the events a real case would
 * publish, with distributions shaped like the OSCE survey's (law enforcement identifies most
 * cases; forced criminality grows over the years; about 30 % children; 3 % of persons recorded by
 * two organisations), fed through the projector in batches, the same code path as live events.
 */
@Component
public class SyntheticFacts {

    private static final int CHUNK = 2_000;
    private static final String[] REGIONS = {"Capital", "North", "South", "East", "West", "Coast"};
    private static final String[] COUNTRIES = {"MD", "RO", "UA", "NG", "VN", "AL", "BG", "MA", "SY", "AF", "PH", "BR"};

    private final FactProjector projector;
    private final TransactionTemplate tx;
    private final String national;

    SyntheticFacts(FactProjector projector, TransactionTemplate tx, org.ariadne.statistics.StatisticsSettings settings) {
        this.projector = projector;
        this.tx = tx;
        this.national = settings.country().isBlank() ? "MD" : settings.country();
    }

    /** Generates facts for {@code count} synthetic cases between the given years; returns how many. */
    public long generate(long count, int firstYear, int lastYear, long seed) {
        var random = new Random(seed);
        long written = 0;
        String previousPerson = null;
        while (written < count) {
            int n = (int) Math.min(CHUNK, count - written);
            var batch = new Batch();
            for (int i = 0; i < n; i++) {
                long number = written + i;
                String person = random.nextInt(100) < 3 && previousPerson != null ? previousPerson
                        : "synthetic-person-" + seed + "-" + number;
                previousPerson = person;
                one(batch, random, "synthetic-case-" + seed + "-" + number, person, firstYear, lastYear);
            }
            tx.executeWithoutResult(status -> {
                projector.profiles(batch.profiles);
                projector.steps(batch.steps);
                projector.justice(batch.justice);
                projector.referrals(batch.referrals);
                projector.feedback(batch.feedback);
            });
            written += n;
        }
        return written;
    }

    private static final class Batch {
        final List<CaseProfileRecorded> profiles = new ArrayList<>();
        final List<NrmStepRecorded> steps = new ArrayList<>();
        final List<JusticeRecorded> justice = new ArrayList<>();
        final List<ServiceReferralChanged> referrals = new ArrayList<>();
        final List<ServiceFeedbackGiven> feedback = new ArrayList<>();
    }

    private void one(Batch batch, Random r, String caseKey, String personKey, int firstYear, int lastYear) {
        int year = firstYear + r.nextInt(lastYear - firstYear + 1);
        LocalDate detected = LocalDate.of(year, 1 + r.nextInt(12), 1 + r.nextInt(28));
        if (detected.isAfter(LocalDate.now())) {
            detected = LocalDate.now().minusDays(r.nextInt(200));
        }
        boolean child = r.nextInt(100) < 30;
        ActorType identifier = pick(r, new ActorType[] {ActorType.POLICE, ActorType.BORDER_GUARD, ActorType.PROSECUTOR,
                ActorType.LABOUR_INSPECTORATE, ActorType.NGO, ActorType.HOTLINE, ActorType.HEALTH,
                ActorType.CHILD_PROTECTION, ActorType.SOCIAL_SERVICES, ActorType.OSH_INSPECTORATE},
                new int[] {45, 12, 4, 6, 20, 2, 2, 4, 3, 2});
        Set<ExploitationForm> forms = forms(r, year, firstYear, lastYear, child);
        boolean sexual = forms.contains(ExploitationForm.SEXUAL_EXPLOITATION);
        Set<SexualExploitationType> sexualTypes = EnumSet.noneOf(SexualExploitationType.class);
        if (sexual) {
            sexualTypes.add(r.nextInt(100) < 15 ? SexualExploitationType.LIVE_STREAMED_ABUSE
                    : r.nextInt(100) < 10 ? SexualExploitationType.PORNOGRAPHY : SexualExploitationType.PROSTITUTION);
        }
        Sex sex = r.nextInt(100) < (sexual ? 92 : 45) ? Sex.FEMALE : r.nextInt(100) < 97 ? Sex.MALE : Sex.UNKNOWN;
        int age = child ? 6 + r.nextInt(12) : 18 + (int) Math.min(50, Math.abs(r.nextGaussian() * 12));
        Disability disability = r.nextInt(100) < 80 ? Disability.NONE : r.nextInt(100) < 50 ? Disability.UNKNOWN
                : pick(r, new Disability[] {Disability.PHYSICAL, Disability.SENSORY, Disability.INTELLECTUAL,
                Disability.PSYCHOSOCIAL, Disability.MULTIPLE}, new int[] {25, 15, 30, 25, 5});
        String country = r.nextInt(100) < 40 ? national : COUNTRIES[r.nextInt(COUNTRIES.length)];
        var profile = new StatisticalProfile(YearMonth.from(detected), identifier, channel(identifier), forms, sexualTypes,
                sexual && r.nextInt(100) < 20, null, r.nextInt(100) < 5 ? AgeBand.UNKNOWN : AgeBand.of(age), child,
                child && r.nextInt(100) < 10, sex, country, disability, !child && sex == Sex.FEMALE && r.nextInt(100) < 2,
                REGIONS[r.nextInt(REGIONS.length)]);
        batch.profiles.add(new CaseProfileRecorded(caseKey, personKey, true, profile));
        nrm(batch, r, caseKey, child, detected, identifier, forms);
    }

    private void nrm(Batch batch, Random r, String caseKey, boolean child, LocalDate detected, ActorType identifier,
                     Set<ExploitationForm> forms) {
        ConsentStatus consent = child ? ConsentStatus.NOT_ASKED
                : r.nextInt(100) < 82 ? ConsentStatus.GIVEN : ConsentStatus.DECLINED;
        boolean anonymous = consent == ConsentStatus.DECLINED;
        Set<ReferralBarrier> barriers = EnumSet.noneOf(ReferralBarrier.class);
        if (anonymous) {
            barriers.add(ReferralBarrier.values()[r.nextInt(ReferralBarrier.values().length)]);
            if (r.nextBoolean()) {
                barriers.add(ReferralBarrier.values()[r.nextInt(ReferralBarrier.values().length)]);
            }
        }
        boolean referred = !anonymous && r.nextInt(100) < 85;
        LocalDate referredOn = referred ? detected.plusDays(r.nextInt(10)) : null;
        ActorType referredBy = referred ? (identifier.isLawEnforcement() || r.nextBoolean() ? identifier : ActorType.POLICE)
                : null;
        DecisionFact rg = null;
        DecisionFact cd = null;
        if (referred && r.nextInt(100) < 88) {
            int days = 1 + (int) Math.min(90, Math.abs(r.nextGaussian() * 8) + r.nextInt(5));
            rg = new DecisionFact(r.nextInt(100) < 82, referredOn.plusDays(days),
                    r.nextInt(100) < 80 ? ActorType.COMPETENT_AUTHORITY : ActorType.POLICE, r.nextInt(100) < 3);
            if (rg.positive() && r.nextInt(100) < 72) {
                int more = 30 + (int) Math.min(300, Math.abs(r.nextGaussian() * 60));
                cd = new DecisionFact(r.nextInt(100) < 85, rg.on().plusDays(more),
                        r.nextInt(100) < 85 ? ActorType.COMPETENT_AUTHORITY : ActorType.POLICE, r.nextInt(100) < 3);
            }
        }
        CaseStage stage = anonymous ? CaseStage.ANONYMOUS_NOTIFICATION : cd != null
                ? (cd.positive() ? CaseStage.IDENTIFIED_VICTIM : CaseStage.NOT_A_VICTIM) : rg != null
                ? (rg.positive() ? CaseStage.RECOVERY_PERIOD : CaseStage.NEGATIVE_REASONABLE_GROUNDS)
                : referred ? CaseStage.REFERRED : CaseStage.DETECTED;
        AssistanceStatus assistance = anonymous || r.nextInt(100) < 25 ? AssistanceStatus.NOT_STARTED
                : r.nextBoolean() ? AssistanceStatus.ACTIVE : AssistanceStatus.ENDED;
        boolean research = !child && consent == ConsentStatus.GIVEN && r.nextInt(100) < 60;
        var snapshot = new NrmSnapshot(stage, child, anonymous, consent, detected, anonymous ? detected : null,
                referredOn, referredBy, rg, cd, rg != null && rg.positive() ? rg.on() : null,
                rg != null && rg.positive() ? rg.on().plusDays(30) : null, assistance, null, null, barriers, research);
        Transition last = cd != null ? (cd.positive() ? Transition.CONCLUSIVE_POSITIVE : Transition.CONCLUSIVE_NEGATIVE)
                : rg != null ? Transition.REASONABLE_GROUNDS_POSITIVE : Transition.DETECT;
        batch.steps.add(new NrmStepRecorded(caseKey, last, identifier, detected, snapshot));
        if (!anonymous) {
            justice(batch, r, caseKey, detected, forms);
            services(batch, r, caseKey, referredOn == null ? detected : referredOn, assistance != AssistanceStatus.NOT_STARTED,
                    referredBy == null ? identifier : referredBy);
        }
    }

    private static void justice(Batch batch, Random r, String caseKey, LocalDate day, Set<ExploitationForm> forms) {
        Cooperation cooperation = pick(r, Cooperation.values(), new int[] {20, 50, 20, 10});
        boolean charged = r.nextInt(100) < (forms.contains(ExploitationForm.FORCED_CRIMINALITY) ? 60 : 4);
        NonPunishment np = !charged ? NonPunishment.NOT_APPLICABLE
                : pick(r, new NonPunishment[] {NonPunishment.NOT_REQUESTED, NonPunishment.REQUESTED,
                NonPunishment.APPLIED, NonPunishment.REFUSED}, new int[] {30, 20, 35, 15});
        Set<CompensationSource> claimed = EnumSet.noneOf(CompensationSource.class);
        Set<CompensationSource> awarded = EnumSet.noneOf(CompensationSource.class);
        Set<CompensationSource> paid = EnumSet.noneOf(CompensationSource.class);
        if (r.nextInt(100) < 12) {
            CompensationSource source = pick(r, CompensationSource.values(), new int[] {50, 35, 15});
            claimed.add(source);
            if (r.nextInt(100) < 40) {
                awarded.add(source);
                if (r.nextInt(100) < 50) {
                    paid.add(source);
                }
            }
        }
        batch.justice.add(new JusticeRecorded(caseKey, day, cooperation, cooperation == Cooperation.YES && r.nextBoolean(),
                charged ? 1 + r.nextInt(2) : 0, np, claimed, awarded, paid));
    }

    private void services(Batch batch, Random r, String caseKey, LocalDate from, boolean assisted, ActorType referrer) {
        int n = assisted ? 1 + r.nextInt(4) : r.nextInt(100) < 20 ? 1 : 0;
        for (int i = 0; i < n; i++) {
            ServiceType type = pick(r, ServiceType.values(), new int[] {20, 8, 15, 14, 10, 8, 4, 5, 4, 6, 3, 3});
            ServiceReferralStatus status = pick(r, ServiceReferralStatus.values(), new int[] {8, 10, 12, 15, 50, 5});
            DeclineReason reason = status == ServiceReferralStatus.DECLINED
                    ? pick(r, DeclineReason.values(), new int[] {50, 15, 15, 10, 10}) : null;
            LocalDate on = from.plusDays(r.nextInt(30));
            boolean done = status == ServiceReferralStatus.COMPLETED;
            int base = type == ServiceType.JOB_PLACEMENT || type == ServiceType.COMPENSATION_SUPPORT
                    || type == ServiceType.VOCATIONAL_TRAINING ? 2 : 3;
            Integer rating = done && r.nextInt(100) < 80 ? Math.clamp(base + r.nextInt(3), 1, 5) : null;
            String referralKey = caseKey + "-service-" + i;
            batch.referrals.add(new ServiceReferralChanged(caseKey, referralKey, type, status, reason, referrer,
                    type == ServiceType.LEGAL_AID ? ActorType.NGO : ActorType.SERVICE_PROVIDER, on,
                    status == ServiceReferralStatus.PENDING ? null : on.plusDays(r.nextInt(7)),
                    done || status == ServiceReferralStatus.DELIVERING ? on.plusDays(7) : null,
                    done ? on.plusDays(60) : null, rating));
            if (done && r.nextInt(100) < 40) {
                batch.feedback.add(new ServiceFeedbackGiven(caseKey, referralKey, type,
                        Math.clamp(base + r.nextInt(3), 1, 5),
                        pick(r, ServiceFeedbackGiven.NeedsMet.values(), new int[] {55, 30, 15}),
                        YearMonth.from(on.plusDays(60))));
            }
        }
    }

    private static Set<ExploitationForm> forms(Random r, int year, int firstYear, int lastYear, boolean child) {
        Set<ExploitationForm> forms = EnumSet.noneOf(ExploitationForm.class);
        double progress = lastYear == firstYear ? 1 : (double) (year - firstYear) / (lastYear - firstYear);
        int criminality = (int) Math.round(3 + 18 * progress);
        int roll = r.nextInt(100);
        if (roll < criminality) {
            forms.add(ExploitationForm.FORCED_CRIMINALITY);
        } else if (roll < criminality + 8) {
            forms.add(ExploitationForm.FORCED_BEGGING);
        } else if (roll < criminality + 11) {
            forms.add(ExploitationForm.SHAM_MARRIAGE);
        } else if (roll < criminality + 16) {
            forms.add(ExploitationForm.DOMESTIC_SERVITUDE);
        } else if (roll < criminality + 18) {
            forms.add(child ? ExploitationForm.FORCED_MARRIAGE : ExploitationForm.FORCED_LABOUR);
        } else if (roll < 60) {
            forms.add(ExploitationForm.SEXUAL_EXPLOITATION);
        } else {
            forms.add(ExploitationForm.FORCED_LABOUR);
        }
        if (r.nextInt(1000) < 4) {
            forms.add(ExploitationForm.SALE_OF_NEWBORNS);
        }
        if (r.nextInt(100) < 8) {
            forms.add(r.nextBoolean() ? ExploitationForm.FORCED_LABOUR : ExploitationForm.FORCED_CRIMINALITY);
        }
        return forms;
    }

    private static Channel channel(ActorType identifier) {
        return switch (identifier) {
            case POLICE, PROSECUTOR -> Channel.POLICE_OPERATION;
            case BORDER_GUARD -> Channel.BORDER_CHECK;
            case LABOUR_INSPECTORATE -> Channel.LABOUR_INSPECTION;
            case OSH_INSPECTORATE -> Channel.OSH_INSPECTION;
            case HOTLINE -> Channel.HOTLINE;
            case HEALTH -> Channel.HEALTH_SERVICE;
            case NGO -> Channel.OUTREACH;
            default -> Channel.OTHER;
        };
    }

    private static <T> T pick(Random r, T[] values, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int roll = r.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }
}
