package org.ariadne.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.ariadne.IntegrationTest;
import org.ariadne.cases.CaseCode;
import org.ariadne.common.SystemJob;
import org.ariadne.notifications.NotificationItem;
import org.ariadne.notifications.NotificationService;
import org.ariadne.policy.PolicyPreset;
import org.ariadne.referrals.workflow.Transition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Deadline reminders reach the right organisation once per deadline, and only a system job sends them. */
@IntegrationTest
class DeadlineRemindersTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    NotificationService notifications;
    @Autowired
    DeadlineReminders reminders;
    @Autowired
    JdbcTemplate jdbc;

    NrmFixture f;

    @BeforeEach
    void setUp() {
        f = NrmFixture.of(context);
        f.preset(PolicyPreset.MULTI_AGENCY);
    }

    private void moveClock(CaseCode code, LocalDate lastDay) {
        jdbc.update("UPDATE nrm_case SET clock_last_day = ? WHERE case_code = ?", lastDay, code.value());
    }

    private List<String> kindsAbout(String username, CaseCode code) {
        f.as(username);
        return notifications.list(0, 500).stream().filter(n -> code.value().equals(n.caseCode()))
                .map(NotificationItem::kind).toList();
    }

    @Test
    void anOverdueDecisionIsRemindedToTheAuthorityOnceHoweverOftenTheJobRuns() {
        CaseCode code = f.adult("ngo.caseworker", "Reminder Person One");
        f.consent(code, "ngo.caseworker");
        f.refer(code, "ngo.caseworker", "POL-CENTRAL");
        moveClock(code, LocalDate.now().minusDays(3));

        SystemJob.run(reminders::remind);
        SystemJob.run(reminders::remind);

        assertThat(kindsAbout("police.officer", code)).containsOnlyOnce(DeadlineReminders.OVERDUE)
                .doesNotContain(DeadlineReminders.AT_RISK);
        assertThat(kindsAbout("ngo.caseworker", code)).doesNotContain(DeadlineReminders.OVERDUE);
        assertThat(kindsAbout("ngo2.caseworker", code)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM deadline_reminder WHERE case_code = ?", Long.class,
                code.value())).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'referral.reminders'"
                + " AND username = 'system'", Long.class)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aRecoveryPeriodEndingWithinAWeekIsRemindedToTheRecordingOrganisationAndAMovedDeadlineAgain() {
        CaseCode code = f.adult("ngo.caseworker", "Reminder Person Two");
        f.consent(code, "ngo.caseworker");
        f.refer(code, "ngo.caseworker", "POL-CENTRAL");
        f.step(code, "police.officer", Transition.REASONABLE_GROUNDS_POSITIVE, "Credible account");
        SystemJob.run(reminders::remind);
        assertThat(kindsAbout("ngo.caseworker", code)).as("thirty days left").doesNotContain(DeadlineReminders.PERIOD_ENDING);

        moveClock(code, LocalDate.now().plusDays(5));
        SystemJob.run(reminders::remind);
        SystemJob.run(reminders::remind);
        assertThat(kindsAbout("ngo.caseworker", code)).containsOnlyOnce(DeadlineReminders.PERIOD_ENDING);

        moveClock(code, LocalDate.now().plusDays(6));
        SystemJob.run(reminders::remind);
        assertThat(kindsAbout("ngo.caseworker", code)).as("a changed deadline is a new one")
                .filteredOn(DeadlineReminders.PERIOD_ENDING::equals).hasSize(2);
        assertThat(kindsAbout("police.officer", code)).doesNotContain(DeadlineReminders.PERIOD_ENDING);
    }

    @Test
    void noPersonMaySendRemindersNotEvenAnAdministratorOrAUserNamedSystem() {
        for (String username : List.of("admin", "dpo", "police.officer")) {
            f.as(username);
            assertThatThrownBy(reminders::remind).as(username).isInstanceOf(AccessDeniedException.class);
        }
    }
}
