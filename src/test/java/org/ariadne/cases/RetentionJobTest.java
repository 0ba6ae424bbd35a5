package org.ariadne.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.ariadne.IntegrationTest;
import org.ariadne.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Retention as a scheduled job: off unless configured; when run, exactly the dry run, audited as the system. */
@IntegrationTest
class RetentionJobTest {

    @Autowired
    List<ScheduledTaskHolder> schedulers;
    @Autowired
    RetentionJob job;
    @Autowired
    CaseService cases;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void releaseLock() {
        jdbc.update("DELETE FROM shedlock WHERE name = ?", RetentionJob.LOCK);
    }

    @Test
    void retentionIsNotScheduledUnlessConfiguredWhileTheDailyRemindersAre() {
        List<String> scheduled = schedulers.stream().flatMap(s -> s.getScheduledTasks().stream())
                .map(t -> t.getTask() instanceof CronTask cron ? cron.toString() + " " + cron.getExpression()
                        : t.getTask().toString())
                .toList();
        assertThat(scheduled).anyMatch(t -> t.contains("DeadlineReminderJob.run"));
        assertThat(scheduled).noneMatch(t -> t.contains("RetentionJob"));
    }

    @Test
    void aScheduledRunAppliesWhatTheDryRunShowsAndIsAuditedAsTheSystem() {
        SignedIn.as(users, "ngo.caseworker");
        var person = new PersonData("Scheduled Retention", null, LocalDate.of(1969, 2, 2), null, false, Sex.FEMALE,
                List.of(), List.of(), null, false, null, null);
        CaseCode old = cases.create(new CaseDraft(person, new EncounterData(LocalDate.of(2017, 5, 5), "North", null,
                Channel.OUTREACH), new ExploitationData(Set.of(ExploitationForm.FORCED_BEGGING), Set.of(), false, null,
                null, List.of(), List.of(), List.of(), "narrative"), true, 0)).details().code();
        jdbc.update("UPDATE case_record SET status = 'CLOSED', updated_at = '2014-01-01' WHERE code = ?", old.value());

        job.run();

        assertThat(jdbc.queryForObject("SELECT name_enc FROM case_record WHERE code = ?", String.class, old.value()))
                .isNull();
        assertThat(jdbc.queryForList("SELECT action FROM audit_entry WHERE username = 'system' AND"
                + " (object_ref = ? OR action LIKE 'retention.%') ORDER BY id", String.class, old.value()))
                .containsSubsequence("retention.dry-run", "case.anonymise", "retention.run");
    }
}
