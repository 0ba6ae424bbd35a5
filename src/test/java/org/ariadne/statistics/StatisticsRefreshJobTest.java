package org.ariadne.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.ariadne.IntegrationTest;
import org.ariadne.cases.AgeBand;
import org.ariadne.cases.CaseProfileRecorded;
import org.ariadne.cases.Channel;
import org.ariadne.cases.Disability;
import org.ariadne.cases.ExploitationForm;
import org.ariadne.cases.Sex;
import org.ariadne.cases.StatisticalProfile;
import org.ariadne.organisations.ActorType;
import org.ariadne.support.ServiceReferralChanged;
import org.ariadne.support.ServiceReferralStatus;
import org.ariadne.support.ServiceType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The scheduled refresh of the monthly summaries runs on one node at a time: while another node
 * holds its lock it does nothing; once the lock is free it brings every changed month of the
 * dashboard's tables up to date, and holds the lock a while after.
 */
@IntegrationTest
class StatisticsRefreshJobTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StatisticsRefreshJob job;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;

    private JdbcTemplateLockProvider node(String name) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().withLockedByValue(name).build());
    }

    private static LockConfiguration lock() {
        return new LockConfiguration(Instant.now(), StatisticsRefreshJob.LOCK, Duration.ofMinutes(5), Duration.ZERO);
    }

    @AfterEach
    void releaseLock() {
        jdbc.update("DELETE FROM shedlock WHERE name = ?", StatisticsRefreshJob.LOCK);
    }

    @Test
    void theRefreshIsSkippedWhileAnotherNodeHoldsItsLockAndBringsChangedMonthsUpToDateOnceItIsFree() {
        tx.executeWithoutResult(status -> {
            events.publishEvent(new CaseProfileRecorded("refresh-job-a", "refresh-job-a-person", false,
                    new StatisticalProfile(YearMonth.of(1985, 3), ActorType.POLICE, Channel.OUTREACH,
                            Set.of(ExploitationForm.FORCED_LABOUR), Set.of(), false, null, AgeBand.AGE_25_34, false,
                            false, Sex.MALE, "RO", Disability.NONE, false, "Refresh-Job")));
            events.publishEvent(new ServiceReferralChanged("refresh-job-a", "refresh-job-a-service",
                    ServiceType.LEGAL_AID, ServiceReferralStatus.ACCEPTED, null, ActorType.NGO, ActorType.NGO,
                    LocalDate.of(1985, 4, 2), LocalDate.of(1985, 4, 4), null, null, null));
        });

        SimpleLock otherNode = node("other-node").lock(lock()).orElseThrow();
        job.run();
        assertThat(current(Basis.REFERENCE_MONTH, "1985-03-01")).as("skipped: the other node holds the lock").isZero();

        otherNode.unlock();
        job.run();
        assertThat(current(Basis.REFERENCE_MONTH, "1985-03-01")).as("the dashboard's case tables").isGreaterThan(5);
        assertThat(current(Basis.SERVICE_MONTH, "1985-04-01")).as("the dashboard's service tables").isGreaterThan(3);
        assertThat(behind(Basis.REFERENCE_MONTH, "1985-03-01")).isZero();
        assertThat(behind(Basis.SERVICE_MONTH, "1985-04-01")).isZero();
        assertThat(node("other-node").lock(lock())).as("held at least a minute after a run").isEmpty();
    }

    /** Shapes whose summary of the month is at the month's version. */
    private long current(Basis basis, String month) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM stat_summary_state s JOIN stat_summary_shape sh"
                + " ON sh.id = s.shape_id AND sh.basis = ? JOIN stat_month_version v ON v.basis = sh.basis"
                + " AND v.month = s.month WHERE s.month = ? AND s.version = v.version", Long.class, basis.name(),
                Date.valueOf(month));
    }

    /** Shapes of the basis with no summary of the month at its version. */
    private long behind(Basis basis, String month) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM stat_summary_shape sh JOIN stat_month_version v"
                + " ON v.basis = sh.basis AND v.month = ? LEFT JOIN stat_summary_state s ON s.shape_id = sh.id"
                + " AND s.month = v.month WHERE sh.basis = ? AND (s.version IS NULL OR s.version <> v.version)",
                Long.class, Date.valueOf(month), basis.name());
    }
}
