package org.ariadne.base.embedded;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.ariadne.base.DataFolder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Starts the embedded MariaDB before anything needs a connection, unless an external database is configured. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "ariadne.database.embedded", havingValue = "true", matchIfMissing = true)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedMariaDb embeddedMariaDb(DataFolder folder, @Value("${ariadne.database.embedded-port:0}") int port) {
        return EmbeddedMariaDb.start(folder.path(), port, "ariadne", folder.throwAway());
    }

    @Bean
    DataSource dataSource(EmbeddedMariaDb db) {
        var ds = new HikariDataSource();
        ds.setJdbcUrl(db.jdbcUrl());
        ds.setUsername("root");
        ds.setPassword("");
        ds.setMaximumPoolSize(20);
        ds.setPoolName("ariadne-embedded");
        return ds;
    }
}
