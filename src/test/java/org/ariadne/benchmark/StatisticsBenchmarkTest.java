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
import java.util.Set;
import java.util.function.Supplier;
import org.ariadne.cases.AgeBand;
import org.ariadne.cases.CaseProfileRecorded;
import org.ariadne.cases.Channel;
import org.ariadne.cases.Disability;
import org.ariadne.cases.ExploitationForm;
import org.ariadne.cases.Sex;
import org.ariadne.cases.StatisticalProfile;
import org.ariadne.organisations.ActorType;
import org.ariadne.statistics.Dimension;
import org.ariadne.statistics.Period;
import org.ariadne.statistics.StatisticsQuery;
import org.ariadne.statistics.StatisticsService;
import org.ariadne.statistics.internal.SyntheticFacts;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A benchmark, not a test: server time of the indicator set, the dashboard and pivots over all
 * years on 1,000,000 synthetic cases' facts, each beside hand-written SQL GROUP BYs that compute the
 * same counts on the same data in the same run (no disclosure control, no service): over the fact
 * rows, and over the monthly summaries the service reads. Also the first call when no summary
 * exists yet, the call after one case changed (one month to count again), and the write of that
 * change. Run with {@code ./mvnw -Pbenchmark test -Dtest=StatisticsBenchmarkTest
 * -Dbenchmark.data-dir=DIR}; the first run generates the facts. Results go to
 * target/benchmarks/statistics.txt.
 */
@Tag("benchmark")
@SpringBootTest(properties = {"ariadne.data-dir=${benchmark.data-dir}", "ariadne.demo.enabled=true",
        "ariadne.statistics.refresh-schedule=-"})
class StatisticsBenchmarkTest {

    private static final long ROWS = 1_000_000;
    private static final int FIRST = 2019;
    private static final int LAST = 2026;
    private static final int RUNS = 30;
    /** Calls that read hundreds of thousands of fact rows take seconds each: fewer of them. */
    private static final int SLOW_RUNS = 5;
    private static final int COLD_RUNS = 3;

    @Autowired
    StatisticsService statistics;
    @Autowired
    SyntheticFacts synthetic;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ApplicationContext context;

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
        Supplier<Integer> indicators = () -> statistics.indicators(period).indicators().size();
        Supplier<Integer> actorByYear = () -> statistics.pivot(StatisticsQuery.national(all),
                Dimension.IDENTIFYING_ACTOR, Dimension.YEAR).rowValues().size();
        Supplier<Integer> regionByForm = () -> statistics.pivot(StatisticsQuery.national(all), Dimension.REGION,
                Dimension.FORM).rowValues().size();
        List<String> lines = new ArrayList<>();
        show(lines, "fact rows: " + jdbc.queryForObject("SELECT COUNT(*) FROM stat_case_fact", Long.class)
                + "; service rows: " + jdbc.queryForObject("SELECT COUNT(*) FROM stat_service_fact", Long.class)
                + "; rows in " + year + ": " + jdbc.queryForObject("SELECT COUNT(*) FROM stat_case_fact WHERE"
                + " ref_month BETWEEN ? AND ?", Long.class, Date.valueOf(period.firstDay()),
                Date.valueOf(period.lastMonthStart())) + "; generated in " + generatedSeconds + " s");

        show(lines, cold("indicator set " + year + ", no summary yet (first call)", indicators));
        List<int[]> shapes = indicatorShapes(year);
        show(lines, measure("indicator set " + year + " (service)", indicators));
        show(lines, measure("indicator set " + year + " (hand-written SQL, facts)", SLOW_RUNS, () -> HandWritten.dashboard(jdbc,
                period)));
        show(lines, measure("indicator set " + year + " (hand-written SQL, summaries)", () -> HandWritten.summaries(jdbc,
                shapes)));
        show(lines, measure("dashboard " + year + " (service)",
                () -> statistics.dashboard(StatisticsQuery.national(period), null).current().size()));
        show(lines, "summary rows: " + jdbc.queryForObject("SELECT COUNT(*) FROM stat_summary", Long.class)
                + " in " + jdbc.queryForObject("SELECT COUNT(*) FROM stat_summary_shape", Long.class) + " shapes");
        show(lines, refreshOneMonth("indicator set " + year + " after one case changed", indicators, null));
        show(lines, refreshOneMonth("indicator set " + year + " after one case changed and the refresh job",
                indicators, this::refreshJob));

        show(lines, cold("pivot actor x year, all years, no summary yet", actorByYear));
        show(lines, measure("pivot actor x year, all years (service)", actorByYear));
        show(lines, measure("pivot actor x year, all years (hand-written SQL, facts)", SLOW_RUNS, () -> jdbc.queryForList(
                "SELECT identifying_actor, YEAR(ref_month), COUNT(*) FROM stat_case_fact WHERE counted = TRUE AND ref_month"
                        + " BETWEEN ? AND ? GROUP BY 1, 2", Date.valueOf(all.firstDay()),
                Date.valueOf(all.lastMonthStart())).size()));
        show(lines, cold("pivot region x form, all years, no summary yet", regionByForm));
        show(lines, measure("pivot region x form, all years (service)", regionByForm));
        show(lines, measure("pivot region x form, all years (hand-written SQL, facts)", SLOW_RUNS, () -> jdbc.queryForList(
                "SELECT region" + HandWritten.forms() + " FROM stat_case_fact WHERE counted = TRUE AND ref_month BETWEEN ?"
                        + " AND ? GROUP BY 1", Date.valueOf(all.firstDay()), Date.valueOf(all.lastMonthStart())).size()));

        assertThat(lines).hasSize(15);
    }

    /** The refresh job's part alone, on data the main run has left (a quicker run when only it changed). */
    @Test
    void refreshJobAfterOneCaseChanged() throws IOException {
        var details = users.loadUserByUsername("coordinator");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        Supplier<Integer> indicators = () -> statistics.indicators(Period.year(2025)).indicators().size();
        indicators.get();
        String line = refreshOneMonth("indicator set 2025 after one case changed and the refresh job", indicators,
                this::refreshJob);
        System.out.println(line);
        Path out = Path.of("target", "benchmarks", "statistics-refresh-job.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, line + System.lineSeparator());
    }

    /** Each result as soon as it is measured: a run takes a while. */
    private static void show(List<String> lines, String line) {
        lines.add(line);
        System.out.println(line);
        System.out.flush();
        try {
            Path out = Path.of("target", "benchmarks", "statistics.txt");
            Files.createDirectories(out.getParent());
            Files.write(out, lines);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The first call with no summary at all: every month of the period counted from the facts and saved. */
    private String cold(String name, Supplier<Integer> call) {
        long[] nanos = new long[COLD_RUNS];
        for (int i = 0; i < COLD_RUNS; i++) {
            jdbc.update("DELETE FROM stat_summary_state");
            jdbc.update("DELETE FROM stat_summary");
            long start = System.nanoTime();
            call.get();
            nanos[i] = System.nanoTime() - start;
        }
        return report(name, nanos);
    }

    /**
     * A case event moves one case between two months of the year (as when its reference month is
     * corrected), then the call counts those months again. The write is timed too.
     */
    private String refreshOneMonth(String name, Supplier<Integer> call, @Nullable Runnable job) {
        long[] writes = new long[RUNS];
        long[] jobs = new long[RUNS];
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            var event = new CaseProfileRecorded("benchmark-refresh-case", null, true, new StatisticalProfile(
                    java.time.YearMonth.of(2025, 6 + i % 2), ActorType.NGO, Channel.OUTREACH,
                    Set.of(ExploitationForm.FORCED_LABOUR), Set.of(), false, null, AgeBand.AGE_25_34, false, false,
                    Sex.MALE, "RO", Disability.NONE, false, "North"));
            long start = System.nanoTime();
            tx.executeWithoutResult(status -> events.publishEvent(event));
            writes[i] = System.nanoTime() - start;
            if (job != null) {
                start = System.nanoTime();
                job.run();
                jobs[i] = System.nanoTime() - start;
            }
            start = System.nanoTime();
            call.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(writes);
        Arrays.sort(jobs);
        return report(name, nanos) + String.format("; the write: p50 %.2f ms", writes[RUNS / 2] / 1e6)
                + (job == null ? "" : String.format("; the job: p50 %.2f ms", jobs[RUNS / 2] / 1e6));
    }

    /**
     * The scheduled refresh, run here by hand (its schedule is off in this run). Its lock is held a
     * minute after each run; it is released first, as five minutes would have passed between two runs.
     */
    private void refreshJob() {
        // Expired, not deleted: the lock provider remembers that the row exists and only updates it.
        jdbc.update("UPDATE shedlock SET lock_until = CURRENT_TIMESTAMP(3) - INTERVAL 1 SECOND"
                + " WHERE name = 'statistics-refresh'");
        ReflectionTestUtils.invokeMethod(context.getBean("statisticsRefreshJob"), "run");
    }

    /**
     * The shapes the indicator set counts (the only ones with summaries after the first call), with the
     * years the service sums for each: the year, or the five years before it too for forms by year.
     */
    private List<int[]> indicatorShapes(int year) {
        return jdbc.query("SELECT id, definition LIKE 'SELECT f.ref_month, f.region, YEAR(f.ref_month), %'"
                + " FROM stat_summary_shape WHERE id IN (SELECT shape_id FROM stat_summary_state)",
                (rs, n) -> new int[] {rs.getInt(1), rs.getBoolean(2) ? year - 5 : year, year});
    }

    private static String measure(String name, Supplier<Integer> call) {
        return measure(name, RUNS, call);
    }

    private static String measure(String name, int runs, Supplier<Integer> call) {
        call.get();
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            call.get();
            nanos[i] = System.nanoTime() - start;
        }
        return report(name, nanos);
    }

    private static String report(String name, long[] nanos) {
        Arrays.sort(nanos);
        int n = nanos.length;
        return String.format("%-60s p50 %9.2f ms  p95 %9.2f ms  (n=%d)", name, nanos[n / 2] / 1e6,
                nanos[Math.min(n - 1, (int) Math.ceil(n * 0.95) - 1)] / 1e6, n);
    }

    /** The same counts as the dashboard's tables, by hand: one GROUP BY per table, no disclosure control. */
    static final class HandWritten {

        static int dashboard(JdbcTemplate jdbc, Period p) {
            Object[] range = {Date.valueOf(p.firstDay()), Date.valueOf(p.lastMonthStart())};
            Object[] trend = {Date.valueOf(LocalDate.of(p.to().getYear() - 5, 1, 1)), Date.valueOf(p.lastMonthStart())};
            String cases = " FROM stat_case_fact WHERE counted = TRUE AND ref_month IS NOT NULL AND ref_month BETWEEN ? AND ?";
            String services = " FROM stat_service_fact s WHERE s.referred_month BETWEEN ? AND ?";
            String forms = forms();
            int n = 0;
            n += jdbc.queryForList("SELECT YEAR(ref_month)" + forms + cases + " GROUP BY 1", trend).size();
            n += jdbc.queryForList("SELECT identifying_actor, COUNT(*)" + cases + " GROUP BY 1", range).size();
            n += jdbc.queryForList("SELECT sex" + forms + cases + " GROUP BY 1", range).size();
            n += jdbc.queryForList("SELECT child, age_band, COUNT(*)" + cases + " GROUP BY 1, 2", range).size();
            n += jdbc.queryForList("SELECT disability, COUNT(*)" + cases + " GROUP BY 1", range).size();
            n += jdbc.queryForList("SELECT cooperation, assistance IN ('ACTIVE', 'ENDED') OR services_received <> 0,"
                    + " COUNT(*)" + cases + " GROUP BY 1, 2", range).size();
            n += jdbc.queryForList("SELECT rg_positive, rg_by, COUNT(*) FROM stat_case_fact WHERE counted = TRUE AND"
                    + " ref_month IS NOT NULL AND rg_month BETWEEN ? AND ? GROUP BY 1, 2", range).size();
            n += jdbc.queryForList("SELECT cd_positive, cd_by, COUNT(*) FROM stat_case_fact WHERE counted = TRUE AND"
                    + " ref_month IS NOT NULL AND cd_month BETWEEN ? AND ? GROUP BY 1, 2", range).size();
            n += jdbc.queryForList("SELECT rg_days, COUNT(*) FROM stat_case_fact WHERE counted = TRUE AND ref_month IS NOT"
                    + " NULL AND rg_month BETWEEN ? AND ? AND rg_days IS NOT NULL GROUP BY 1", range).size();
            n += jdbc.queryForList("SELECT cd_days, COUNT(*) FROM stat_case_fact WHERE counted = TRUE AND ref_month IS NOT"
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

        /** One SUM per form, and the online sexual abuse pseudo-form. */
        static String forms() {
            StringBuilder forms = new StringBuilder();
            for (int b = 0; b < 13; b++) {
                forms.append(", SUM(forms & ").append(1 << b).append(" <> 0)");
            }
            return forms.append(", SUM(forms & 1 <> 0 AND (tech_facilitated OR sexual_types & 6 <> 0))").toString();
        }

        /** The same tables summed from the monthly summaries: one query per table, no version check. */
        static int summaries(JdbcTemplate jdbc, List<int[]> shapes) {
            int n = 0;
            for (int[] shape : shapes) {
                n += jdbc.queryForList("SELECT row_value, col_value, SUM(n) FROM stat_summary WHERE shape_id = ?"
                        + " AND month BETWEEN ? AND ? GROUP BY 1, 2", shape[0], Date.valueOf(shape[1] + "-01-01"),
                        Date.valueOf(shape[2] + "-12-01")).size();
            }
            return n;
        }
    }
}
