package org.ariadne.referrals;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.ariadne.organisations.Organisation;
import org.ariadne.policy.NrmFunction;
import org.ariadne.referrals.deadlines.EarlyEndReason;
import org.ariadne.referrals.workflow.CaseStage;
import org.ariadne.referrals.workflow.CloseReason;
import org.ariadne.referrals.workflow.CommandDetails;
import org.ariadne.referrals.workflow.Cooperation;
import org.ariadne.referrals.workflow.CompensationStatus;
import org.ariadne.referrals.workflow.ExitOutcome;
import org.ariadne.referrals.workflow.JusticeFacts;
import org.ariadne.referrals.workflow.NrmCase;
import org.ariadne.referrals.workflow.NrmWorkflow;
import org.ariadne.referrals.workflow.Performer;
import org.ariadne.referrals.workflow.Transition;
import org.ariadne.referrals.workflow.WorkflowCommand;
import org.ariadne.referrals.workflow.WorkflowResult;
import org.jspecify.annotations.Nullable;

/**
 * A plausible path through the mechanism for one synthetic case, walked with the real workflow
 * under the policy in force, so every synthetic history is one the rules allow. Each step is a
 * few days after the previous one and never later than now; a refused step ends the walk.
 * Proportions are shaped like the OSCE survey figures, not measured from anywhere.
 */
final class SyntheticPaths {

    /** The organisations a walk needs besides the case's own. */
    record Cast(Performer owner, Performer authority, @Nullable Performer childProtection) {
    }

    /** The walked case, the deciding organisation and whether consent was given or refused (and with research use). */
    record Walk(NrmCase nrmCase, @Nullable Organisation authority, @Nullable Boolean consent, boolean research) {
    }

    static final String REASON = "#nrm.reason.synthetic";

    private final NrmWorkflow workflow;
    private final Instant now;
    private final Random random;
    private NrmCase current;
    private Instant at;

    private SyntheticPaths(NrmWorkflow workflow, NrmCase opened, Instant now, Random random) {
        this.workflow = workflow;
        this.current = opened;
        this.at = opened.lastStepAt();
        this.now = now;
        this.random = random;
    }

    static @Nullable Walk walk(NrmWorkflow workflow, Cast cast, Organisation authority, boolean child, boolean closed,
                               Instant detected, Instant now, long seed) {
        var random = new Random(seed);
        var opened = workflow.open(new WorkflowCommand(Transition.DETECT, cast.owner(), detected, REASON, null, "",
                new CommandDetails.Detection(child)));
        if (!(opened instanceof WorkflowResult.Applied applied)) {
            return null;
        }
        var paths = new SyntheticPaths(workflow, applied.nrmCase(), now, random);
        return paths.run(cast, authority, child, closed);
    }

    private Walk run(Cast cast, Organisation authority, boolean child, boolean closed) {
        Boolean consent = null;
        boolean research = false;
        if (child) {
            if (cast.childProtection() != null && chance(85)) {
                step(Transition.APPOINT_GUARDIAN, cast.childProtection(), CommandDetails.NONE, 1, 10);
                if (chance(50)) {
                    step(Transition.RECORD_BEST_INTERESTS, cast.childProtection(), CommandDetails.NONE, 3, 30);
                }
            }
        } else if (chance(85)) {
            consent = step(Transition.GIVE_CONSENT, cast.owner(), CommandDetails.NONE, 0, 3);
            research = chance(60);
        } else {
            consent = false;
            if (workflow.policy().permits(cast.owner().actorType(), NrmFunction.NOTIFY_ANONYMOUSLY) && chance(60)) {
                step(Transition.NOTIFY_ANONYMOUSLY, cast.owner(), CommandDetails.NONE, 0, 2);
            }
            return finish(cast, closed, null, false, false);
        }
        boolean referred = chance(90) && step(Transition.REFER_TO_AUTHORITY, cast.owner(), CommandDetails.NONE, 0, 5);
        if (!referred) {
            if (chance(60)) {
                step(Transition.START_ASSISTANCE, cast.owner(), CommandDetails.NONE, 0, 5);
            }
            return finish(cast, closed, null, consent, research);
        }
        if (chance(85)) {
            step(Transition.REASONABLE_GROUNDS_POSITIVE, cast.authority(), CommandDetails.NONE, 1, 9);
        } else if (step(Transition.REASONABLE_GROUNDS_NEGATIVE, cast.authority(), CommandDetails.NONE, 1, 9)
                && chance(30) && step(Transition.REQUEST_RECONSIDERATION, cast.owner(), CommandDetails.NONE, 3, 25)) {
            step(chance(40) ? Transition.RECONSIDERATION_OVERTURNED : Transition.RECONSIDERATION_UPHELD,
                    cast.authority(), CommandDetails.NONE, 5, 30);
        }
        if (current.stage() == CaseStage.RECOVERY_PERIOD) {
            justice(cast.owner());
            if (chance(5)) {
                step(Transition.EXTEND_RECOVERY_PERIOD, cast.authority(), new CommandDetails.Extension(15), 10, 25);
            } else if (chance(1)) {
                step(Transition.END_RECOVERY_PERIOD_EARLY, cast.authority(),
                        new CommandDetails.EarlyEnd(EarlyEndReason.VICTIM_STATUS_IMPROPERLY_CLAIMED), 5, 20);
            }
            step(chance(82) ? Transition.CONCLUSIVE_POSITIVE : Transition.CONCLUSIVE_NEGATIVE, cast.authority(),
                    CommandDetails.NONE, 31, 120);
        }
        if (current.stage() == CaseStage.IDENTIFIED_VICTIM && chance(60)) {
            ExitOutcome outcome = chance(70) ? ExitOutcome.SOCIAL_INCLUSION : chance(85) ? ExitOutcome.VOLUNTARY_RETURN
                    : ExitOutcome.RESETTLEMENT;
            step(Transition.RECORD_OUTCOME, cast.owner(), new CommandDetails.Exit(outcome), 30, 200);
        }
        return finish(cast, closed, authority, consent, research);
    }

    private Walk finish(Cast cast, boolean closed, @Nullable Organisation authority, @Nullable Boolean consent,
                        boolean research) {
        if (closed) {
            CloseReason reason = switch (current.stage()) {
                case OUTCOME_RECORDED -> CloseReason.OUTCOME_ACHIEVED;
                case DETECTED, CONSENTED, ANONYMOUS_NOTIFICATION -> CloseReason.NOT_REFERRED;
                default -> CloseReason.LOST_CONTACT;
            };
            if (!step(Transition.CLOSE, cast.owner(), new CommandDetails.Closing(reason), 10, 90)) {
                step(Transition.CLOSE, cast.owner(), new CommandDetails.Closing(CloseReason.LOST_CONTACT), 10, 90);
            }
        }
        return new Walk(current, authority, consent, research);
    }

    private void justice(Performer by) {
        if (chance(40)) {
            Cooperation cooperation = chance(65) ? Cooperation.YES : chance(50) ? Cooperation.NO : Cooperation.DECLINED;
            var facts = new JusticeFacts(cooperation, cooperation == Cooperation.YES && chance(50), chance(10),
                    chance(15) ? CompensationStatus.CLAIMED : CompensationStatus.NONE);
            step(Transition.RECORD_CRIMINAL_JUSTICE, by, new CommandDetails.JusticeUpdate(facts), 1, 20);
        }
    }

    /** Takes the step a few days later; false when it would be in the future or the rules refuse it. */
    private boolean step(Transition transition, Performer by, CommandDetails details, int minDays, int maxDays) {
        Instant next = at.plus(Duration.ofDays(minDays + random.nextInt(Math.max(1, maxDays - minDays + 1))))
                .plusSeconds(random.nextInt(36_000));
        if (next.isAfter(now)) {
            return false;
        }
        var result = workflow.apply(current, new WorkflowCommand(transition, by, next, REASON, null, "", details));
        if (result instanceof WorkflowResult.Applied applied) {
            current = applied.nrmCase();
            at = next;
            return true;
        }
        return false;
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

}
