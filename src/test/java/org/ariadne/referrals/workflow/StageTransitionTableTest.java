package org.ariadne.referrals.workflow;

import static org.ariadne.referrals.workflow.Fixture.at;
import static org.ariadne.referrals.workflow.Fixture.command;
import static org.ariadne.referrals.workflow.Fixture.open;
import static org.ariadne.referrals.workflow.Fixture.step;
import static org.ariadne.referrals.workflow.Transition.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ariadne.common.Message;
import org.ariadne.referrals.deadlines.EarlyEndReason;
import org.ariadne.referrals.workflow.CommandDetails.Closing;
import org.ariadne.referrals.workflow.CommandDetails.Detection;
import org.ariadne.referrals.workflow.CommandDetails.EarlyEnd;
import org.ariadne.referrals.workflow.CommandDetails.Exit;
import org.ariadne.referrals.workflow.CommandDetails.Extension;
import org.ariadne.referrals.workflow.CommandDetails.JusticeUpdate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every step from every stage, with national policy out of the way (everyone may do everything).
 * Each row reaches its stage along a realistic path; the expectations are written by hand from
 * the NRM reference (nrm.md): a stage name means the step is taken and leads there, {@code !key}
 * means it is refused with {@code nrm.refused.key}, and any step a row does not list is refused
 * because the stage does not allow it.
 */
class StageTransitionTableTest {

    private static final NrmWorkflow WORKFLOW = new NrmWorkflow(Fixture.EVERYONE_MAY_DO_EVERYTHING, Fixture.ZONE);

    /** The positive or negative reasonable-grounds decision is taken on day 2 (7 January); 30 days end on 6 February (day 32). */
    enum Row {
        ADULT_DETECTED(CaseStage.DETECTED, at(0, 60)),
        CHILD_DETECTED(CaseStage.DETECTED, at(0, 60)),
        ANONYMOUS(CaseStage.ANONYMOUS_NOTIFICATION, at(1)),
        CONSENTED(CaseStage.CONSENTED, at(0, 60)),
        REFERRED(CaseStage.REFERRED, at(1)),
        RECOVERY_RUNNING(CaseStage.RECOVERY_PERIOD, at(12)),
        RECOVERY_OVER(CaseStage.RECOVERY_PERIOD, at(33)),
        NEGATIVE_RG(CaseStage.NEGATIVE_REASONABLE_GROUNDS, at(12)),
        RECONSIDERING_RG(CaseStage.RECONSIDERATION, at(8)),
        IDENTIFIED(CaseStage.IDENTIFIED_VICTIM, at(34)),
        NOT_A_VICTIM(CaseStage.NOT_A_VICTIM, at(34)),
        RECONSIDERING_CONCLUSIVE(CaseStage.RECONSIDERATION, at(35)),
        OUTCOME(CaseStage.OUTCOME_RECORDED, at(35)),
        CLOSED(CaseStage.CLOSED, at(36));

        final CaseStage stage;
        final Instant probe;

        Row(CaseStage stage, Instant probe) {
            this.stage = stage;
            this.probe = probe;
        }
    }

    private static final Map<Row, Map<Transition, String>> TABLE = new EnumMap<>(Row.class);

    static {
        TABLE.put(Row.ADULT_DETECTED, Map.ofEntries(
                Map.entry(GIVE_CONSENT, "CONSENTED"),
                Map.entry(NOTIFY_ANONYMOUSLY, "ANONYMOUS_NOTIFICATION"),
                Map.entry(REFER_TO_AUTHORITY, "!consent-required"),
                Map.entry(PRESUME_CHILD, "DETECTED"),
                Map.entry(APPOINT_GUARDIAN, "!not-a-child"),
                Map.entry(RECORD_BEST_INTERESTS, "!not-a-child"),
                Map.entry(START_ASSISTANCE, "!consent-required"),
                Map.entry(REFER_TO_SERVICES, "!consent-required"),
                Map.entry(END_ASSISTANCE, "!assistance-not-active"),
                Map.entry(RECORD_CRIMINAL_JUSTICE, "DETECTED"),
                Map.entry(CLOSE, "CLOSED")));
        TABLE.put(Row.CHILD_DETECTED, Map.ofEntries(
                Map.entry(GIVE_CONSENT, "!child-needs-no-consent"),
                Map.entry(NOTIFY_ANONYMOUSLY, "!child-not-anonymous"),
                Map.entry(REFER_TO_AUTHORITY, "REFERRED"),
                Map.entry(PRESUME_CHILD, "!already-child"),
                Map.entry(APPOINT_GUARDIAN, "DETECTED"),
                Map.entry(RECORD_BEST_INTERESTS, "DETECTED"),
                Map.entry(START_ASSISTANCE, "DETECTED"),
                Map.entry(REFER_TO_SERVICES, "DETECTED"),
                Map.entry(END_ASSISTANCE, "!assistance-not-active"),
                Map.entry(RECORD_CRIMINAL_JUSTICE, "DETECTED"),
                Map.entry(CLOSE, "CLOSED")));
        TABLE.put(Row.ANONYMOUS, Map.of(
                UPGRADE_TO_REFERRAL, "REFERRED",
                CLOSE, "CLOSED"));
        TABLE.put(Row.CONSENTED, Map.ofEntries(
                Map.entry(WITHDRAW_CONSENT, "DETECTED"),
                Map.entry(REFER_TO_AUTHORITY, "REFERRED"),
                Map.entry(PRESUME_CHILD, "CONSENTED"),
                Map.entry(APPOINT_GUARDIAN, "!not-a-child"),
                Map.entry(RECORD_BEST_INTERESTS, "!not-a-child"),
                Map.entry(START_ASSISTANCE, "CONSENTED"),
                Map.entry(REFER_TO_SERVICES, "CONSENTED"),
                Map.entry(END_ASSISTANCE, "!assistance-not-active"),
                Map.entry(RECORD_CRIMINAL_JUSTICE, "CONSENTED"),
                Map.entry(CLOSE, "CLOSED")));
        TABLE.put(Row.REFERRED, adult("REFERRED", false,
                REASONABLE_GROUNDS_POSITIVE, "RECOVERY_PERIOD",
                REASONABLE_GROUNDS_NEGATIVE, "NEGATIVE_REASONABLE_GROUNDS"));
        TABLE.put(Row.RECOVERY_RUNNING, adult("RECOVERY_PERIOD", true,
                EXTEND_RECOVERY_PERIOD, "RECOVERY_PERIOD",
                END_RECOVERY_PERIOD_EARLY, "RECOVERY_PERIOD",
                CONCLUSIVE_POSITIVE, "!recovery-period-running",
                CONCLUSIVE_NEGATIVE, "!recovery-period-running",
                RECORD_OUTCOME, "OUTCOME_RECORDED"));
        TABLE.put(Row.RECOVERY_OVER, adult("RECOVERY_PERIOD", true,
                EXTEND_RECOVERY_PERIOD, "!recovery-period-not-running",
                END_RECOVERY_PERIOD_EARLY, "!recovery-period-not-running",
                CONCLUSIVE_POSITIVE, "IDENTIFIED_VICTIM",
                CONCLUSIVE_NEGATIVE, "NOT_A_VICTIM",
                RECORD_OUTCOME, "OUTCOME_RECORDED"));
        TABLE.put(Row.NEGATIVE_RG, adult("NEGATIVE_REASONABLE_GROUNDS", false,
                REQUEST_RECONSIDERATION, "RECONSIDERATION"));
        TABLE.put(Row.RECONSIDERING_RG, adult("RECONSIDERATION", false,
                RECONSIDERATION_UPHELD, "NEGATIVE_REASONABLE_GROUNDS",
                RECONSIDERATION_OVERTURNED, "RECOVERY_PERIOD"));
        TABLE.put(Row.IDENTIFIED, adult("IDENTIFIED_VICTIM", true,
                RECORD_OUTCOME, "OUTCOME_RECORDED"));
        TABLE.put(Row.NOT_A_VICTIM, adult("NOT_A_VICTIM", true,
                REQUEST_RECONSIDERATION, "RECONSIDERATION"));
        TABLE.put(Row.RECONSIDERING_CONCLUSIVE, adult("RECONSIDERATION", true,
                RECONSIDERATION_UPHELD, "NOT_A_VICTIM",
                RECONSIDERATION_OVERTURNED, "IDENTIFIED_VICTIM"));
        TABLE.put(Row.OUTCOME, adult("OUTCOME_RECORDED", true));
        TABLE.put(Row.CLOSED, Map.of(RECORD_CRIMINAL_JUSTICE, "CLOSED"));
    }

    /**
     * What an adult who consented may do at any later open stage: withdraw consent (closing the
     * case), be treated as a child, have assistance started or ended, services referred,
     * criminal-justice facts recorded, and the case closed.
     */
    private static Map<Transition, String> adult(String stage, boolean assistanceActive, Object... more) {
        Map<Transition, String> row = new HashMap<>();
        row.put(WITHDRAW_CONSENT, "CLOSED");
        row.put(PRESUME_CHILD, stage);
        row.put(APPOINT_GUARDIAN, "!not-a-child");
        row.put(RECORD_BEST_INTERESTS, "!not-a-child");
        row.put(START_ASSISTANCE, assistanceActive ? "!assistance-active" : stage);
        row.put(END_ASSISTANCE, assistanceActive ? stage : "!assistance-not-active");
        row.put(REFER_TO_SERVICES, stage);
        row.put(RECORD_CRIMINAL_JUSTICE, stage);
        row.put(CLOSE, "CLOSED");
        for (int i = 0; i < more.length; i += 2) {
            row.put((Transition) more[i], (String) more[i + 1]);
        }
        return row;
    }

    private static final Map<Transition, CommandDetails> PROBE_DETAILS = Map.of(
            DETECT, new Detection(false),
            EXTEND_RECOVERY_PERIOD, new Extension(10),
            END_RECOVERY_PERIOD_EARLY, new EarlyEnd(EarlyEndReason.PUBLIC_ORDER),
            RECORD_OUTCOME, new Exit(ExitOutcome.SOCIAL_INCLUSION),
            CLOSE, new Closing(CloseReason.LOST_CONTACT),
            RECORD_CRIMINAL_JUSTICE, new JusticeUpdate(new JusticeFacts(Cooperation.YES, true, false,
                    CompensationStatus.CLAIMED)));

    static NrmCase reach(Row row) {
        Function<NrmCase, NrmCase> consentAndRefer = c -> step(WORKFLOW, step(WORKFLOW, c, GIVE_CONSENT, at(0, 10)),
                REFER_TO_AUTHORITY, at(0, 20));
        NrmCase adult = open(WORKFLOW, false, at(0));
        return switch (row) {
            case ADULT_DETECTED -> adult;
            case CHILD_DETECTED -> open(WORKFLOW, true, at(0));
            case ANONYMOUS -> step(WORKFLOW, adult, NOTIFY_ANONYMOUSLY, at(0, 10));
            case CONSENTED -> step(WORKFLOW, adult, GIVE_CONSENT, at(0, 10));
            case REFERRED -> consentAndRefer.apply(adult);
            case RECOVERY_RUNNING, RECOVERY_OVER -> step(WORKFLOW, consentAndRefer.apply(adult),
                    REASONABLE_GROUNDS_POSITIVE, at(2));
            case NEGATIVE_RG -> step(WORKFLOW, consentAndRefer.apply(adult), REASONABLE_GROUNDS_NEGATIVE, at(2));
            case RECONSIDERING_RG -> step(WORKFLOW, reach(Row.NEGATIVE_RG), REQUEST_RECONSIDERATION, at(7));
            case IDENTIFIED -> step(WORKFLOW, reach(Row.RECOVERY_RUNNING), CONCLUSIVE_POSITIVE, at(33));
            case NOT_A_VICTIM -> step(WORKFLOW, reach(Row.RECOVERY_RUNNING), CONCLUSIVE_NEGATIVE, at(33));
            case RECONSIDERING_CONCLUSIVE -> step(WORKFLOW, reach(Row.NOT_A_VICTIM), REQUEST_RECONSIDERATION, at(34));
            case OUTCOME -> step(WORKFLOW, reach(Row.IDENTIFIED), RECORD_OUTCOME, at(34),
                    new Exit(ExitOutcome.SOCIAL_INCLUSION));
            case CLOSED -> step(WORKFLOW, reach(Row.OUTCOME), CLOSE, at(35), new Closing(CloseReason.OUTCOME_ACHIEVED));
        };
    }

    static Stream<Arguments> everyRowAndStep() {
        List<Arguments> pairs = new ArrayList<>();
        for (Row row : Row.values()) {
            for (Transition transition : Transition.values()) {
                pairs.add(Arguments.of(row, transition));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("everyRowAndStep")
    void stepIsAllowedOrRefusedAsTheTableSays(Row row, Transition transition) {
        NrmCase before = reach(row);
        assertThat(before.stage()).isEqualTo(row.stage);
        String expected = TABLE.get(row).get(transition);

        WorkflowResult result = WORKFLOW.apply(before,
                command(transition, row.probe, PROBE_DETAILS.getOrDefault(transition, CommandDetails.NONE)));

        if (expected == null) {
            WorkflowResult.Refused refused = Fixture.refused(result);
            assertThat(refused.reason()).isEqualTo(Message.of("nrm.refused.stage",
                    Message.of("nrm.transition." + transition.name()), Message.of("nrm.stage." + row.stage.name())));
            assertThat(refused.stage()).isEqualTo(row.stage);
        } else if (expected.startsWith("!")) {
            assertThat(Fixture.refused(result).reason().key()).isEqualTo("nrm.refused." + expected.substring(1));
        } else {
            WorkflowResult.Applied applied = Fixture.applied(result);
            assertThat(applied.nrmCase().stage()).isEqualTo(CaseStage.valueOf(expected));
            assertThat(applied.step().from()).isEqualTo(row.stage);
            assertThat(applied.step().to()).isEqualTo(CaseStage.valueOf(expected));
            assertThat(applied.nrmCase().history()).hasSize(before.history().size() + 1).endsWith(applied.step());
        }
    }

    @Test
    void theRowsCoverEveryStage() {
        Set<CaseStage> covered = Arrays.stream(Row.values()).map(r -> r.stage)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(CaseStage.class)));

        assertThat(covered).containsExactlyInAnyOrder(CaseStage.values());
        assertThat(TABLE).containsOnlyKeys(Row.values());
    }

    @Test
    void nothingLeavesAClosedCaseButCriminalJusticeFacts() {
        long open = TABLE.get(Row.CLOSED).values().stream().filter(v -> !v.startsWith("!")).count();

        assertThat(open).isEqualTo(1);
    }
}
