package org.ariadne.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.ariadne.IntegrationTest;
import org.ariadne.TestClock;
import org.ariadne.cases.CaseCode;
import org.ariadne.cases.CaseService;
import org.ariadne.organisations.OrganisationService;
import org.ariadne.policy.PolicyPreset;
import org.ariadne.policy.PolicyService;
import org.ariadne.referrals.ConsentService;
import org.ariadne.referrals.NrmFixture;
import org.ariadne.referrals.NrmService;
import org.ariadne.referrals.workflow.Transition;
import org.ariadne.security.CurrentUser;
import org.ariadne.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Each role's task lists, from the referral mechanism, for its own organisation only. */
@IntegrationTest
class TaskServiceTest {

    @Autowired
    UserDetailsService users;
    @Autowired
    CaseService cases;
    @Autowired
    NrmService nrm;
    @Autowired
    ConsentService consent;
    @Autowired
    PolicyService policy;
    @Autowired
    OrganisationService organisations;
    @Autowired
    TaskService tasks;
    @Autowired
    ObjectProvider<TaskSource> sources;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    TestClock clock;

    NrmFixture f;

    @BeforeEach
    void setUp() {
        f = new NrmFixture(users, cases, nrm, consent, policy, organisations);
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
        for (String username : List.of("shelter.provider", "coordinator", "admin", "dpo")) {
            f.as(username);
            assertThat(tasks.mine(100)).as(username).isEmpty();
            assertThat(tasks.hasLists()).as(username).isFalse();
        }
        f.as("shelter.provider");
        assertThatThrownBy(() -> nrm.queue(0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> nrm.guardianTasks(10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> nrm.recoveryPeriodsEnding(7, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anotherFeaturesSourceIsListedWithoutTheTaskFeatureKnowingIt() {
        TaskSource referralsToAnswer = new TaskSource() {
            public int order() {
                return 40;
            }

            public String titleKey() {
                return "tasks.group.referrals-to-answer";
            }

            public boolean appliesTo(Set<Role> roles) {
                return roles.contains(Role.SERVICE_PROVIDER);
            }

            public List<Task> tasks(int limit) {
                return List.of(new Task("tasks.kind.answer-referral", "17", null, null, TaskMark.NONE, false,
                        "services"));
            }
        };
        var factory = new DefaultListableBeanFactory();
        factory.registerSingleton("referralsToAnswer", referralsToAnswer);
        sources.orderedStream().forEach(source -> factory.registerSingleton(source.getClass().getName(), source));
        var withSupport = new TaskService(factory.getBeanProvider(TaskSource.class), currentUser);

        f.as("shelter.provider");
        assertThat(withSupport.mine(100)).singleElement().satisfies(group -> {
            assertThat(group.titleKey()).isEqualTo("tasks.group.referrals-to-answer");
            assertThat(group.tasks()).extracting(Task::route).containsExactly("services");
        });
        f.as("police.officer");
        assertThat(withSupport.mine(100)).extracting(TaskGroup::titleKey).containsExactly(
                "tasks.group.decisions-due", "tasks.group.periods-ending");
    }

    private TaskGroup group(String titleKey) {
        return tasks.mine(499).stream().filter(g -> g.titleKey().equals(titleKey)).findFirst().orElseThrow();
    }

    private static Task find(TaskGroup group, CaseCode code) {
        return group.tasks().stream().filter(t -> t.reference().equals(code.value())).findFirst().orElseThrow();
    }
}
