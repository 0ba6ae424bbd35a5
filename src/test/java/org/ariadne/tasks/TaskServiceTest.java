package org.ariadne.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.ariadne.IntegrationTest;
import org.ariadne.TestClock;
import org.ariadne.cases.CaseCode;
import org.ariadne.policy.PolicyPreset;
import org.ariadne.referrals.NrmFixture;
import org.ariadne.referrals.NrmService;
import org.ariadne.referrals.workflow.Transition;
import org.ariadne.support.ServiceReferral;
import org.ariadne.support.ServiceType;
import org.ariadne.support.SupportFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/** Each role's task lists, from the referral mechanism and from support, for its own organisation only. */
@IntegrationTest
class TaskServiceTest {

    @Autowired
    NrmService nrm;
    @Autowired
    TaskService tasks;
    @Autowired
    ApplicationContext context;
    @Autowired
    TestClock clock;

    NrmFixture f;

    @BeforeEach
    void setUp() {
        f = NrmFixture.of(context);
        f.preset(PolicyPreset.LAW_ENFORCEMENT_DESIGNATES);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aDecisionMakerSeesDecisionsDueWithTheirMarksAndOnlyForTheirOrganisation() {
        CaseCode code = f.adult("police.officer", "Task Person One");
        f.consent(code, "police.officer");
        f.refer(code, "police.officer", "CA-NRM");

        f.as("authority.decider");
        Task task = find(group("tasks.group.decisions-due"), code);
        assertThat(task.kindKey()).isEqualTo("tasks.kind.reasonable-grounds-due");
        assertThat(task.remaining()).isEqualTo(5);
        assertThat(task.mark()).isEqualTo(TaskMark.ON_TRACK);
        assertThat(task.route()).isEqualTo("cases/" + code.value());
        assertThat(tasks.mine(100)).extracting(TaskGroup::titleKey).containsExactly("tasks.group.decisions-due");

        clock.advance(Duration.ofDays(14));
        assertThat(find(group("tasks.group.decisions-due"), code).mark()).isEqualTo(TaskMark.OVERDUE);

        f.as("police.officer");
        assertThat(group("tasks.group.decisions-due").tasks()).extracting(Task::reference).doesNotContain(code.value());
        f.as("labour.inspector");
        assertThat(group("tasks.group.decisions-due").tasks()).extracting(Task::reference).doesNotContain(code.value());
    }

    @Test
    void childProtectionSeesGuardiansToAppointUntilOneIsAppointed() {
        CaseCode code = f.child("ngo.caseworker", "Task Child");
        f.as("child.protection");
        Task task = find(group("tasks.group.guardians"), code);
        assertThat(task.kindKey()).isEqualTo("tasks.kind.appoint-guardian");
        assertThat(task.child()).isTrue();
        assertThat(task.mark()).isEqualTo(TaskMark.NONE);
        f.step(code, "child.protection", Transition.APPOINT_GUARDIAN, "Guardian from the municipal service");
        assertThat(group("tasks.group.guardians").tasks()).extracting(Task::reference).doesNotContain(code.value());
    }

    @Test
    void aCaseworkerSeesRecoveryPeriodsEndingWithinAWeekOfTheirOwnCasesOnly() {
        CaseCode code = f.adult("police.officer", "Task Person Two");
        f.consent(code, "police.officer");
        f.refer(code, "police.officer", "CA-NRM");
        f.step(code, "authority.decider", Transition.REASONABLE_GROUNDS_POSITIVE, "Credible account");

        f.as("police.officer");
        assertThat(group("tasks.group.periods-ending").tasks()).extracting(Task::reference).doesNotContain(code.value());
        clock.advance(Duration.ofDays(25));
        Task task = find(group("tasks.group.periods-ending"), code);
        assertThat(task.remaining()).isEqualTo(5);
        assertThat(task.due()).isNotNull();
        f.as("ngo.caseworker");
        assertThat(group("tasks.group.periods-ending").tasks()).extracting(Task::reference).doesNotContain(code.value());
    }

    @Test
    void rolesWithoutListsGetNoneAndTheSourcesRefuseThemAnyway() {
        for (String username : List.of("coordinator", "admin", "dpo")) {
            f.as(username);
            assertThat(tasks.mine(100)).as(username).isEmpty();
            assertThat(tasks.hasLists()).as(username).isFalse();
        }
        f.as("shelter.provider");
        assertThat(tasks.mine(100)).extracting(TaskGroup::titleKey)
                .doesNotContain("tasks.group.decisions-due", "tasks.group.guardians", "tasks.group.periods-ending");
        assertThatThrownBy(() -> nrm.queue(0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> nrm.guardianTasks(10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> nrm.recoveryPeriodsEnding(7, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aProviderSeesReferralsToAnswerThenServicesToStartOfItsOwnOrganisationOnly() {
        var support = SupportFixture.of(context);
        CaseCode code = support.consentingAdult("police.officer", "Task Person Three", SupportFixture.SHELTER);
        ServiceReferral referral = support.refer(code, "police.officer", ServiceType.ACCOMMODATION,
                SupportFixture.SHELTER);
        String id = Long.toString(referral.id().value());

        f.as("shelter.provider");
        Task answer = find(group("tasks.group.referrals-to-answer"), id);
        assertThat(answer.kindKey()).isEqualTo("tasks.kind.answer-referral");
        assertThat(answer.route()).isEqualTo("services/" + id);
        assertThat(answer.mark()).isEqualTo(TaskMark.NONE);
        assertThat(group("tasks.group.services-to-start").tasks()).extracting(Task::reference).doesNotContain(id);

        support.accept(referral);
        f.as("shelter.provider");
        assertThat(group("tasks.group.referrals-to-answer").tasks()).extracting(Task::reference).doesNotContain(id);
        assertThat(find(group("tasks.group.services-to-start"), id).kindKey()).isEqualTo("tasks.kind.start-service");
        assertThat(tasks.mine(100)).extracting(TaskGroup::titleKey)
                .containsExactly("tasks.group.referrals-to-answer", "tasks.group.services-to-start");

        support.clinic();
        f.as(SupportFixture.CLINIC_USER);
        assertThat(group("tasks.group.services-to-start").tasks()).extracting(Task::reference).doesNotContain(id);
        f.as("police.officer");
        assertThat(tasks.mine(100)).extracting(TaskGroup::titleKey)
                .doesNotContain("tasks.group.referrals-to-answer", "tasks.group.services-to-start");
    }

    private TaskGroup group(String titleKey) {
        return tasks.mine(499).stream().filter(g -> g.titleKey().equals(titleKey)).findFirst().orElseThrow();
    }

    private static Task find(TaskGroup group, CaseCode code) {
        return find(group, code.value());
    }

    private static Task find(TaskGroup group, String reference) {
        return group.tasks().stream().filter(t -> t.reference().equals(reference)).findFirst().orElseThrow();
    }
}
