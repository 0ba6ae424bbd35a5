package org.ariadne.audit.internal;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.ariadne.audit.AuditEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Appends entries to the chain through the audit trail's own connections ({@link AuditConnections}),
 * in a transaction that holds the chain's head row while it links each entry to the one before.
 *
 * <p>Entries are written in groups: one writer thread takes every entry waiting, links them all in
 * one transaction and commits them with one log flush, and each caller waits until its entry is
 * committed, so an action is still never answered before its audit entry is durable. Written one
 * transaction per entry, the head row's lock was held across each commit's flush and every audited
 * request queued behind it: at 300 users the lock wait alone was 9.5 ms per entry and growing with
 * the load (docs/benchmarks.md). A group that fails is written again entry by entry, so only the
 * entry that cannot be written fails its caller.
 */
@Component
public class AuditWriter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AuditWriter.class);

    private static final String INSERT = "INSERT INTO audit_entry (at, username, organisation_code, roles, action,"
            + " object_type, object_ref, outcome, client_address, reason, prev_hash, hash)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** Bounds one transaction; a longer queue is written in several. */
    private static final int MOST_PER_GROUP = 500;

    /** How long a caller waits for its entry before its action fails (the database is gone, say). */
    private static final long WAIT_SECONDS = 60;

    private record Pending(Instant at, String username, String organisationCode, String roles, AuditEvent event,
                           String clientAddress, CompletableFuture<Void> written) {

        AuditEntryEntity entry(String previousHash) {
            return new AuditEntryEntity(at, cut(username, 64), cut(organisationCode, 40), cut(roles, 200),
                    cut(event.action(), 64), cut(event.objectType(), 40), cut(event.objectRef(), 80), event.outcome(),
                    cut(clientAddress, 64), cut(event.reason(), 200), previousHash);
        }
    }

    private final AuditConnections connections;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final AtomicLong groups = new AtomicLong();
    private final AtomicInteger unwritten = new AtomicInteger();
    private final Thread writer;
    private volatile boolean closed;

    AuditWriter(AuditConnections connections) {
        this.connections = connections;
        this.writer = Thread.ofPlatform().name("audit-writer").daemon().start(this::writeWhileOpen);
    }

    /** Appends the entry and returns once it is committed; throws what kept it from being written. */
    public void append(Instant at, String username, String organisationCode, String roles, AuditEvent event,
                       String clientAddress) {
        if (closed) {
            throw new IllegalStateException("The audit trail is closed");
        }
        var pending = new Pending(at, username, organisationCode, roles, event, clientAddress,
                new CompletableFuture<>());
        unwritten.incrementAndGet();
        queue.add(pending);
        try {
            pending.written().get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause
                    : new IllegalStateException("Audit entry not written", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Audit entry not written within " + WAIT_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the audit entry was written", e);
        } finally {
            unwritten.decrementAndGet();
        }
    }

    /** How many transactions have written entries so far (for the tests and the benchmark). */
    long groupsWritten() {
        return groups.get();
    }

    /** How many entries have been appended and are not written yet. */
    int waiting() {
        return unwritten.get();
    }

    private void writeWhileOpen() {
        List<Pending> group = new ArrayList<>();
        while (!closed || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                group.add(first);
                queue.drainTo(group, MOST_PER_GROUP - 1);
                write(group);
            } catch (InterruptedException e) {
                // Nothing interrupts the writer (close() lets it see the flag within one poll); stop.
                Thread.currentThread().interrupt();
                return;
            } finally {
                group.clear();
            }
        }
    }

    private void write(List<Pending> group) {
        try {
            writeTogether(group);
            group.forEach(p -> p.written().complete(null));
        } catch (RuntimeException together) {
            if (group.size() == 1) {
                group.getFirst().written().completeExceptionally(together);
                return;
            }
            // The type only: a database's message can quote the values of the entry.
            log.warn("A group of {} audit entries was not written ({}); writing them one by one", group.size(),
                    together.getClass().getName());
            for (Pending pending : group) {
                try {
                    writeTogether(List.of(pending));
                    pending.written().complete(null);
                } catch (RuntimeException alone) {
                    pending.written().completeExceptionally(alone);
                }
            }
        }
    }

    private void writeTogether(List<Pending> group) {
        var jdbc = connections.jdbc();
        connections.transactions().executeWithoutResult(status -> {
            String previous = jdbc.queryForObject("SELECT last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE",
                    String.class);
            String last = previous == null ? "" : previous;
            long lastId = 0;
            for (Pending pending : group) {
                AuditEntryEntity entry = pending.entry(last);
                var key = new GeneratedKeyHolder();
                jdbc.update(connection -> {
                    PreparedStatement insert = connection.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS);
                    Object[] values = entry.columnValues();
                    for (int i = 0; i < values.length; i++) {
                        insert.setObject(i + 1, values[i]);
                    }
                    return insert;
                }, key);
                Number id = key.getKey();
                last = entry.getHash();
                lastId = id == null ? 0 : id.longValue();
            }
            jdbc.update("UPDATE audit_chain_head SET last_hash = ?, last_id = ? WHERE id = 1", last, lastId);
        });
        groups.incrementAndGet();
    }

    /** Writes what is waiting, then stops; entries appended later are refused. */
    @Override
    public void close() throws InterruptedException {
        // Not interrupted: an interrupt could break a group's write half-way; the writer sees the flag
        // within one poll and writes what is waiting first.
        closed = true;
        writer.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        List<Pending> left = new ArrayList<>();
        queue.drainTo(left);
        left.forEach(p -> p.written().completeExceptionally(new IllegalStateException("The audit trail is closed")));
    }

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
