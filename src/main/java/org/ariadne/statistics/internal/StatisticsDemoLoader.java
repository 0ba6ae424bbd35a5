package org.ariadne.statistics.internal;

import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Fills an empty fact table with synthetic facts when asked (ariadne.statistics.demo-facts=N), so
 * that the dashboard can be shown before real cases have gone through the referral mechanism.
 */
@Component
class StatisticsDemoLoader implements ApplicationRunner {

    private final SyntheticFacts synthetic;
    private final JdbcTemplate jdbc;
    private final long count;

    StatisticsDemoLoader(SyntheticFacts synthetic, JdbcTemplate jdbc, @Value("${ariadne.statistics.demo-facts:0}") long count) {
        this.synthetic = synthetic;
        this.jdbc = jdbc;
        this.count = count;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (count > 0 && jdbc.queryForObject("SELECT COUNT(*) FROM stat_case_fact", Long.class) == 0) {
            int year = LocalDate.now().getYear();
            synthetic.generate(count, year - 6, year, 2026);
        }
    }
}
