package org.ariadne.audit.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A small connection pool of the audit trail's own, to the application's database.
 *
 * <p>An audit entry is committed in a transaction of its own, so that a refused or failed action
 * stays recorded when the caller's transaction rolls back. Taken from the application's pool,
 * that second connection deadlocked the node under load: once every connection of the pool was
 * held by a request waiting for its audit connection, none could go on until the pool's time-out
 * failed one (docs/benchmarks.md, 500 users). With a pool of its own the audit write never waits
 * for the pool its caller holds. Its connections are the primary pool's settings (address,
 * account, driver properties) with a pool size of their own ({@code ariadne.audit.pool-size}).
 *
 * <p>Deliberately not a {@link DataSource} bean: that would make Spring Boot drop its own
 * auto-configured data source.
 */
@Component
public class AuditConnections implements AutoCloseable {

    private final HikariDataSource pool;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    AuditConnections(DataSource primary, @Value("${ariadne.audit.pool-size:4}") int poolSize) {
        if (!(primary instanceof HikariDataSource main)) {
            throw new IllegalStateException("The audit trail needs the application's data source to be a Hikari pool,"
                    + " to open its own connections with the same settings; found " + primary.getClass().getName());
        }
        var config = new HikariConfig();
        config.setJdbcUrl(main.getJdbcUrl());
        config.setUsername(main.getUsername());
        config.setPassword(main.getPassword());
        if (main.getDriverClassName() != null) {
            config.setDriverClassName(main.getDriverClassName());
        }
        config.setDataSourceProperties(main.getDataSourceProperties());
        config.setMaximumPoolSize(poolSize);
        config.setMinimumIdle(1);
        config.setPoolName("ariadne-audit");
        this.pool = new HikariDataSource(config);
        this.jdbc = new JdbcTemplate(pool);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(pool));
        transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }

    TransactionTemplate transactions() {
        return transactions;
    }

    /** How many connections the audit pool holds now (for the pool test and the benchmark). */
    public int totalConnections() {
        return pool.getHikariPoolMXBean() == null ? 0 : pool.getHikariPoolMXBean().getTotalConnections();
    }

    @Override
    public void close() {
        pool.close();
    }
}
