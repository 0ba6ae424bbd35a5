package org.ariadne.referrals.workflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.ariadne.referrals.workflow.Fixture.at;
import static org.ariadne.referrals.workflow.Fixture.command;
import static org.ariadne.referrals.workflow.Fixture.step;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ariadne.referrals.workflow.CommandDetails.JusticeUpdate;
import org.ariadne.referrals.workflow.CommandDetails.StepDetails;
import org.ariadne.referrals.workflow.StageTransitionTableTest.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Assistance is never conditional on co-operating with law enforcement (CoE Convention Art. 12(6),
 * Directive 2011/36/EU Art. 11(3)). The model makes such a condition impossible to write: the
 * step rules see only {@link Situation} (case facts and step details), and neither reaches the
 * criminal-justice track. These tests keep it that way and check the behaviour besides.
 */
class SupportIndependenceTest {

    private static final NrmWorkflow WORKFLOW = new NrmWorkflow(Fixture.EVERYONE_MAY_DO_EVERYTHING, Fixture.ZONE);
    private static final Set<Class<?>> JUSTICE = Set.of(JusticeFacts.class, Cooperation.class, JusticeUpdate.class,
            CompensationStatus.class);

    @Test
    void noStepRuleCanReferToCooperation() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.ariadne.referrals", "org.ariadne.policy");

        noClasses().that().haveNameMatching(".*\\.(Guards|Effects|StageTable|CaseClocks|Situation|CaseFacts)(\\$.*)?")
                .or().resideInAnyPackage("org.ariadne.policy..", "org.ariadne.referrals.deadlines..")
                .should().dependOnClassesThat().belongToAnyOf(JusticeFacts.class, Cooperation.class,
                        JusticeUpdate.class, CompensationStatus.class)
                .because("support must never depend on co-operation with law enforcement")
                .check(classes);
    }

    @Test
    void whatTheRulesSeeHoldsNothingAboutCriminalJustice() {
        Set<Class<?>> reachable = new HashSet<>();
        collect(Situation.class, reachable);

        assertThat(reachable).contains(CaseFacts.class, StepDetails.class).doesNotContainAnyElementsOf(JUSTICE);
        assertThat(StepDetails.class.getPermittedSubclasses()).doesNotContain(JusticeUpdate.class)
                .allSatisfy(details -> assertThat(collectAll(details)).doesNotContainAnyElementsOf(JUSTICE));
    }

    @ParameterizedTest
    @EnumSource(Cooperation.class)
    void assistanceStartsTheSameWhateverTheCooperation(Cooperation cooperation) {
        NrmCase consented = withJustice(StageTransitionTableTest.reach(Row.CONSENTED), cooperation);
        NrmCase referred = withJustice(StageTransitionTableTest.reach(Row.REFERRED), cooperation);
        NrmCase baselineConsented = StageTransitionTableTest.reach(Row.CONSENTED);
        NrmCase baselineReferred = StageTransitionTableTest.reach(Row.REFERRED);

        for (Transition support : List.of(Transition.START_ASSISTANCE, Transition.REFER_TO_SERVICES)) {
            assertSameOutcome(WORKFLOW.apply(consented, command(support, at(1))),
                    WORKFLOW.apply(baselineConsented, command(support, at(1))));
        }
        assertSameOutcome(WORKFLOW.apply(referred, command(Transition.REASONABLE_GROUNDS_POSITIVE, at(2))),
                WORKFLOW.apply(baselineReferred, command(Transition.REASONABLE_GROUNDS_POSITIVE, at(2))));
    }

    @Test
    void recordingCriminalJusticeChangesNothingElse() {
        NrmCase recovery = StageTransitionTableTest.reach(Row.RECOVERY_RUNNING);
        JusticeFacts declined = new JusticeFacts(Cooperation.DECLINED, false, true, CompensationStatus.NONE);

        NrmCase after = step(WORKFLOW, recovery, Transition.RECORD_CRIMINAL_JUSTICE, at(5), new JusticeUpdate(declined));

        assertThat(after.stage()).isEqualTo(recovery.stage());
        assertThat(after.facts()).isEqualTo(recovery.facts());
        assertThat(after.facts().assistance()).isEqualTo(AssistanceStatus.ACTIVE);
        assertThat(after.justice()).isEqualTo(declined);
        assertThat(after.history().getLast().legalBasis()).isEqualTo(LegalBasis.CRIMINAL_PROCEDURE);
    }

    private static NrmCase withJustice(NrmCase nrmCase, Cooperation cooperation) {
        return step(WORKFLOW, nrmCase, Transition.RECORD_CRIMINAL_JUSTICE, at(0, 50),
                new JusticeUpdate(new JusticeFacts(cooperation, cooperation == Cooperation.YES, false,
                        CompensationStatus.NONE)));
    }

    private static void assertSameOutcome(WorkflowResult withJustice, WorkflowResult baseline) {
        assertThat(withJustice.applied()).isTrue();
        WorkflowResult.Applied a = (WorkflowResult.Applied) withJustice;
        WorkflowResult.Applied b = (WorkflowResult.Applied) baseline;
        assertThat(a.nrmCase().stage()).isEqualTo(b.nrmCase().stage());
        assertThat(a.nrmCase().facts()).isEqualTo(b.nrmCase().facts());
        assertThat(a.followUps()).isEqualTo(b.followUps());
    }

    /** Types reachable through record components and generic arguments, within the application. */
    private static void collect(Class<?> type, Set<Class<?>> seen) {
        if (!type.getName().startsWith("org.ariadne") || !seen.add(type)) {
            return;
        }
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                collect(component.getType(), seen);
                collectGeneric(component.getGenericType(), seen);
            }
        }
    }

    private static void collectGeneric(Type type, Set<Class<?>> seen) {
        if (type instanceof ParameterizedType parameterized) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                if (argument instanceof Class<?> c) {
                    collect(c, seen);
                }
                collectGeneric(argument, seen);
            }
        }
    }

    private static List<Class<?>> collectAll(Class<?> type) {
        Set<Class<?>> seen = new HashSet<>();
        collect(type, seen);
        return new ArrayList<>(seen);
    }
}
