package org.ariadne.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.ariadne.IntegrationTest;
import org.ariadne.audit.AuditEvent;
import org.ariadne.audit.AuditService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Entries waiting while the chain's head is locked are written together in one transaction, in the
 * chain's order; an entry that cannot be written fails only its own caller.
 */
@IntegrationTest
class AuditWriterTest {

    @Autowired
    AuditWriter writer;
    @Autowired
    AuditConnections connections;
    @Autowired
    AuditService audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    /** Runs {@code appends} while another transaction holds the chain's head, then lets the writer go on. */
    private List<Future<?>> withTheHeadLocked(List<Runnable> appends) throws Exception {
        var locked = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        List<Future<?>> calls = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<?> holder = threads.submit(() -> new TransactionTemplate(transactionManager).executeWithoutResult(s -> {
                jdbc.queryForObject("SELECT last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE", String.class);
                locked.countDown();
                await(release);
            }));
            assertThat(locked.await(1, TimeUnit.MINUTES)).isTrue();
            appends.forEach(append -> calls.add(threads.submit(append)));
            // The writer has taken the first entry (or the first few) and waits for the lock; the others
            // wait in its queue.
            long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            while (writer.waiting() < appends.size() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(writer.waiting()).isEqualTo(appends.size());
            release.countDown();
            holder.get(1, TimeUnit.MINUTES);
        }
        return calls;
    }

    private Runnable append(String ref, String clientAddress) {
        return () -> writer.append(Instant.now(), "police.officer", "POL-CENTRAL", "CASEWORKER",
                AuditEvent.success("case.read", "case", ref), clientAddress);
    }

    @Test
    @WithUserDetails("dpo")
    void entriesWaitingForTheHeadAreWrittenInOneTransactionAndChained() throws Exception {
        String run = "grp-" + Long.toString(System.nanoTime(), 36);
        long before = writer.groupsWritten();
        List<Runnable> appends = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            appends.add(append(run + "-" + i, "127.0.0.1"));
        }
        for (Future<?> call : withTheHeadLocked(appends)) {
            call.get(1, TimeUnit.MINUTES);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE object_ref LIKE ?", Long.class,
                run + "-%")).isEqualTo(40);
        // The transaction of the entries the writer had taken when it met the lock, then one for all the
        // others that waited meanwhile.
        assertThat(writer.groupsWritten() - before).isEqualTo(2);
        assertThat(audit.verifyChain().intact()).isTrue();
    }

    @Test
    @WithUserDetails("dpo")
    void anEntryThatCannotBeWrittenFailsOnlyItsCaller() throws Exception {
        String run = "bad-" + Long.toString(System.nanoTime(), 36);
        List<Runnable> appends = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            // The fourth has no client address: it cannot be written (callers always give one).
            appends.add(append(run + "-" + i, i == 3 ? null : "127.0.0.1"));
        }
        List<Future<?>> calls = withTheHeadLocked(appends);
        for (int i = 0; i < calls.size(); i++) {
            Future<?> call = calls.get(i);
            if (i == 3) {
                assertThatThrownBy(() -> call.get(1, TimeUnit.MINUTES)).hasCauseInstanceOf(NullPointerException.class);
            } else {
                call.get(1, TimeUnit.MINUTES);
            }
        }
        assertThat(jdbc.queryForList("SELECT object_ref FROM audit_entry WHERE object_ref LIKE ? ORDER BY id",
                String.class, run + "-%")).containsExactlyInAnyOrder(run + "-0", run + "-1", run + "-2", run + "-4",
                run + "-5");
        assertThat(audit.verifyChain().intact()).isTrue();
    }

    @Test
    void aClosedWriterRefusesNewEntries() throws Exception {
        var own = new AuditWriter(connections);
        own.close();
        assertThatThrownBy(() -> own.append(Instant.now(), "police.officer", "POL-CENTRAL", "CASEWORKER",
                AuditEvent.success("case.read", "case", "closed"), "127.0.0.1"))
                .isInstanceOf(IllegalStateException.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
