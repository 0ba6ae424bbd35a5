package org.ariadne.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.ariadne.IntegrationTest;
import org.ariadne.audit.internal.AuditConnections;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail writes through connections of its own: with every connection of the
 * application's pool held by a request in its transaction, each request still records its audit
 * entry and finishes (with one shared pool they all waited for a second connection until the
 * pool's time-out failed them), and the chain stays intact.
 */
@IntegrationTest
class AuditPoolTest {

    @Autowired
    AuditTrail trail;
    @Autowired
    AuditService audit;
    @Autowired
    AuditConnections connections;
    @Autowired
    javax.sql.DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    UserDetailsService users;

    @Test
    @WithUserDetails("dpo")
    void everyRequestHoldingAConnectionStillWritesItsAuditEntry() throws Exception {
        int poolSize = ((HikariDataSource) dataSource).getMaximumPoolSize();
        var allHoldAConnection = new CyclicBarrier(poolSize);
        var caller = users.loadUserByUsername("police.officer");
        var transaction = new TransactionTemplate(transactionManager);
        String run = Long.toString(System.nanoTime(), 36);
        List<Future<?>> requests = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(poolSize)) {
            for (int i = 0; i < poolSize; i++) {
                String ref = run + "-" + i;
                requests.add(threads.submit(() -> {
                    SecurityContextHolder.getContext().setAuthentication(
                            UsernamePasswordAuthenticationToken.authenticated(caller, null, caller.getAuthorities()));
                    try {
                        transaction.executeWithoutResult(status -> {
                            jdbc.queryForObject("SELECT COUNT(*) FROM audit_chain_head", Integer.class);
                            await(allHoldAConnection);
                            trail.record(AuditEvent.success("case.read", "case", ref));
                        });
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                    return null;
                }));
            }
            for (Future<?> request : requests) {
                request.get(5, TimeUnit.MINUTES);
            }
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE object_ref LIKE ? AND username = ?",
                Integer.class, run + "-%", "police.officer")).isEqualTo(poolSize);
        assertThat(connections.totalConnections()).isPositive();
        assertThat(audit.verifyChain().intact()).isTrue();
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(1, TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new IllegalStateException("not every request got a connection of the application's pool", e);
        }
    }
}
