package org.ariadne.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.ariadne.IntegrationTest;
import org.ariadne.cases.CaseCode;
import org.ariadne.policy.PolicyPreset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled jobs run once across nodes: two lock providers on the one real MariaDB stand for two
 * nodes. While one holds a job's lock, the other's run is skipped.
 */
@IntegrationTest
class ScheduledJobLockTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DeadlineReminderJob job;
    @Autowired
    ApplicationContext context;

    private JdbcTemplateLockProvider node(String name) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().withLockedByValue(name).build());
    }

    private static LockConfiguration lock(String name) {
        return new LockConfiguration(Instant.now(), name, Duration.ofMinutes(5), Duration.ZERO);
    }

    @AfterEach
    void releaseLocks() {
        jdbc.update("DELETE FROM shedlock WHERE name IN (?, ?)", DeadlineReminderJob.LOCK, "race-test");
    }

    @Test
    void whenTwoNodesRaceForTheSameJobOnlyOneRunsIt() throws Exception {
        LockingTaskExecutor nodeA = new DefaultLockingTaskExecutor(node("node-a"));
        LockingTaskExecutor nodeB = new DefaultLockingTaskExecutor(node("node-b"));
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CyclicBarrier start = new CyclicBarrier(2);
        Runnable work = () -> {
            runs.incrementAndGet();
            running.countDown();
            try {
                finish.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        ExecutorService threads = Executors.newFixedThreadPool(2);
        var done = new ExecutorCompletionService<Boolean>(threads);
        try {
            for (LockingTaskExecutor node : List.of(nodeA, nodeB)) {
                done.submit(() -> {
                    start.await();
                    try {
                        return node.executeWithLock(() -> {
                            work.run();
                            return null;
                        }, lock("race-test")).wasExecuted();
                    } catch (Throwable e) {
                        throw new IllegalStateException(e);
                    }
                });
            }
            assertThat(running.await(60, TimeUnit.SECONDS)).as("one node started the job").isTrue();
            // The winner is still inside the job, so the first to return is the node that lost the race.
            Boolean loser = done.take().get();
            finish.countDown();
            Boolean winner = done.take().get();
            assertThat(loser).as("skipped while the other node held the lock").isFalse();
            assertThat(winner).isTrue();
            assertThat(runs).hasValue(1);
        } finally {
            finish.countDown();
            threads.shutdownNow();
        }
    }

    @Test
    void theReminderJobIsSkippedWhileAnotherNodeHoldsItsLockAndRunsOnceItIsFree() {
        var f = NrmFixture.of(context);
        f.preset(PolicyPreset.MULTI_AGENCY);
        CaseCode code = f.adult("ngo.caseworker", "Lock Person One");
        f.consent(code, "ngo.caseworker");
        f.refer(code, "ngo.caseworker", "POL-CENTRAL");
        jdbc.update("UPDATE nrm_case SET clock_last_day = ? WHERE case_code = ?", LocalDate.now().minusDays(2),
                code.value());

        SimpleLock otherNode = node("other-node").lock(lock(DeadlineReminderJob.LOCK)).orElseThrow();
        job.run();
        assertThat(reminders(code)).as("skipped: the other node holds the lock").isZero();

        otherNode.unlock();
        job.run();
        assertThat(reminders(code)).isEqualTo(1);
        assertThat(node("other-node").lock(lock(DeadlineReminderJob.LOCK))).as("held at least ten minutes after a run")
                .isEmpty();
    }

    private long reminders(CaseCode code) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE case_code = ? AND kind = ?", Long.class,
                code.value(), DeadlineReminders.OVERDUE);
    }
}
