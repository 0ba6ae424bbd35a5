package org.ariadne.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.ariadne.statistics.Dimension;
import org.ariadne.statistics.Period;
import org.ariadne.statistics.StatisticsQuery;
import org.ariadne.statistics.StatisticsService;
import org.ariadne.statistics.internal.SyntheticFacts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A benchmark, not a test: server time of the indicator set, the dashboard and a pivot over all
 * years on 1,000,000 synthetic fact rows, each beside hand-written SQL GROUP BYs that compute the
 * same counts on the same data in the same run (no disclosure control, no service). Run with
 * {@code ./mvnw -Pbenchmark test -Dtest=StatisticsBenchmarkTest -Dbenchmark.data-dir=DIR}; the
 * first run generates the facts. Results go to target/benchmarks/statistics.txt.
 */
@Tag("benchmark")
@SpringBootTest(properties = {"ariadne.data-dir=${benchmark.data-dir}", "ariadne.demo.enabled=true"})
class StatisticsBenchmarkTest {

    private static final long ROWS = 1_000_000;
    private static final int FIRST = 2019;
    private static final int LAST = 2026;
    private static final int WARMUP = 1;
    private static final int RUNS = 8;

    @Autowired
    StatisticsService statistics;
    @Autowired
    SyntheticFacts synthetic;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void indicatorSetDashboardAndPivot() throws IOException {
        long present = jdbc.queryForObject("SELECT COUNT(*) FROM stat_case_fact", Long.class);
        long started = System.nanoTime();
        if (present < ROWS) {
            synthetic.generate(ROWS - present, FIRST, LAST, 77 + present);
        }
        long generatedSeconds = (System.nanoTime() - started) / 1_000_000_000;
        var details = users.loadUserByUsername("coordinator");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        int year = 2025;
        Period period = Period.year(year);
        Period all = new Period(java.time.YearMonth.of(FIRST, 1), java.time.YearMonth.of(LAST, 12));
        List<String> lines = new ArrayList<>();
        lines.add("fact rows: " + jdbc.queryForObject("SELECT COUNT(*) FROM stat_case_fact", Long.class)
                + "; service rows: " + jdbc.queryForObject("SELECT COUNT(*) FROM stat_service_fact", Long.class)
                + "; rows in " + year + ": " + jdbc.queryForObject("SELECT COUNT(*) FROM stat_case_fact WHERE"
                + " YEAR(ref_month) = ?", Long.class, year) + "; generated in " + generatedSeconds + " s");
        lines.add(measure("indicator set " + year + " (service)", () -> statistics.indicators(period).indicators().size()));
        lines.add(measure("indicator set " + year + " (hand-written SQL)", () -> HandWritten.dashboard(jdbc, period)));
        lines.add(measure("dashboard " + year + " (service)",
                () -> statistics.dashboard(StatisticsQuery.national(period), null).current().size()));
        lines.add(measure("pivot actor x year, all years (service)", () -> statistics.pivot(
                StatisticsQuery.national(all), Dimension.IDENTIFYING_ACTOR, Dimension.YEAR).rowValues().size()));
        lines.add(measure("pivot actor x year, all years (hand-written SQL)", () -> jdbc.queryForList(
                "SELECT identifying_actor, YEAR(ref_month), COUNT(*) FROM stat_case_fact WHERE counted AND ref_month"
                        + " BETWEEN ? AND ? GROUP BY 1, 2", Date.valueOf(all.firstDay()),
                Date.valueOf(all.lastMonthStart())).size()));
        lines.add(measure("pivot region x form, all years (service)", () -> statistics.pivot(
                StatisticsQuery.national(all), Dimension.REGION, Dimension.FORM).rowValues().size()));

        Path out = Path.of("target", "benchmarks", "statistics.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, lines);
        lines.forEach(System.out::println);
        assertThat(lines).hasSize(7);
    }

    private static String measure(String name, Supplier<Integer> call) {
        int results = 0;
        for (int i = 0; i < WARMUP; i++) {
            results = call.get();
        }
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            results = call.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return String.format("%-52s results %3d  p50 %8.2f ms  p95 %8.2f ms  (n=%d)", name, results,
                nanos[RUNS / 2] / 1e6, nanos[Math.min(RUNS - 1, (int) Math.ceil(RUNS * 0.95) - 1)] / 1e6, RUNS);
    }

    /** The same counts as the dashboard's tables, by hand: one GROUP BY per table, no disclosure control. */
    static final class HandWritten {

        static int dashboard(JdbcTemplate jdbc, Period p) {
            Object[] range = {Date.valueOf(p.firstDay()), Date.valueOf(p.lastMonthStart())};
            Object[] trend = {Date.valueOf(LocalDate.of(p.to().getYear() - 5, 1, 1)), Date.valueOf(p.lastMonthStart())};
            String cases = " FROM stat_case_fact WHERE counted AND ref_month IS NOT NULL AND ref_month BETWEEN ? AND ?";
            String services = " FROM stat_service_fact s JOIN stat_case_fact f ON f.case_key = s.case_key"
                    + " WHERE s.referred_month BETWEEN ? AND ?";
            StringBuilder forms = new StringBuilder();
            for (int b = 0; b < 13; b++) {
                forms.append(", SUM(forms & ").append(1 << b).append(" <> 0)");
            }
            forms.append(", SUM(forms & 1 <> 0 AND (tech_facilitated OR sexual_types & 6 <> 0))");
            int n = 0;
            n += jdbc.queryForList("SELECT YEAR(ref_month)" + forms + cases + " GROUP BY 1", trend).size();
            n += jdbc.queryForList("SELECT identifying_actor, COUNT(*)" + cases + " GROUP BY 1", range).size();
            n += jdbc.queryForList("SELECT sex" + forms + cases + " GROUP BY 1", range).size();
            n += jdbc.queryForList("SELECT child, age_band, COUNT(*)" + cases + " GROUP BY 1, 2", range).size();
            n += jdbc.queryForList("SELECT disability, COUNT(*)" + cases + " GROUP BY 1", range).size();
            n += jdbc.queryForList("SELECT cooperation, assistance IN ('ACTIVE', 'ENDED') OR services_received <> 0,"
                    + " COUNT(*)" + cases + " GROUP BY 1, 2", range).size();
            n += jdbc.queryForList("SELECT rg_positive, rg_by, COUNT(*) FROM stat_case_fact WHERE counted AND"
                    + " ref_month IS NOT NULL AND rg_month BETWEEN ? AND ? GROUP BY 1, 2", range).size();
            n += jdbc.queryForList("SELECT cd_positive, cd_by, COUNT(*) FROM stat_case_fact WHERE counted AND"
                    + " ref_month IS NOT NULL AND cd_month BETWEEN ? AND ? GROUP BY 1, 2", range).size();
            n += jdbc.queryForList("SELECT rg_days, COUNT(*) FROM stat_case_fact WHERE counted AND ref_month IS NOT"
                    + " NULL AND rg_month BETWEEN ? AND ? AND rg_days IS NOT NULL GROUP BY 1", range).size();
            n += jdbc.queryForList("SELECT cd_days, COUNT(*) FROM stat_case_fact WHERE counted AND ref_month IS NOT"
                    + " NULL AND cd_month BETWEEN ? AND ? AND cd_days IS NOT NULL GROUP BY 1", range).size();
            n += jdbc.queryForList("SELECT s.service_type, s.status, COUNT(*)" + services + " GROUP BY 1, 2", range).size();
            n += jdbc.queryForList("SELECT s.service_type, s.decline_reason, COUNT(*)" + services
                    + " AND s.status = 'DECLINED' GROUP BY 1, 2", range).size();
            n += jdbc.queryForList("SELECT s.service_type, s.caseworker_rating, COUNT(*)" + services
                    + " AND s.caseworker_rating IS NOT NULL GROUP BY 1, 2", range).size();
            n += jdbc.queryForList("SELECT s.service_type, s.victim_rating, COUNT(*)" + services
                    + " AND s.victim_rating IS NOT NULL GROUP BY 1, 2", range).size();
            n += jdbc.queryForList("SELECT s.service_type, s.needs_met, COUNT(*)" + services
                    + " AND s.needs_met IS NOT NULL GROUP BY 1, 2", range).size();
            n += jdbc.queryForList("SELECT s.referring_actor, COUNT(*)" + services + " GROUP BY 1", range).size();
            n += jdbc.queryForList("SELECT non_punishment, COUNT(*)" + cases + " AND linked_offences GROUP BY 1",
                    range).size();
            StringBuilder barriers = new StringBuilder("SELECT 1");
            for (int b = 0; b < 9; b++) {
                barriers.append(", SUM(barriers & ").append(1 << b).append(" <> 0)");
            }
            n += jdbc.queryForList(barriers + cases + " AND barriers <> 0", range).size();
            n += jdbc.queryForList("SELECT child, COUNT(*)" + cases + " AND barriers <> 0 GROUP BY 1", range).size();
            StringBuilder compensation = new StringBuilder("SELECT 1");
            for (String column : List.of("comp_claimed", "comp_awarded", "comp_paid")) {
                for (int b = 0; b < 3; b++) {
                    compensation.append(", SUM(").append(column).append(" & ").append(1 << b).append(" <> 0)");
                }
            }
            n += jdbc.queryForList(compensation + cases, range).size();
            return n;
        }
    }
}
