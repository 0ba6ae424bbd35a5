package org.ariadne.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.ariadne.cases.CaseCode;
import org.ariadne.cases.CaseFilter;
import org.ariadne.cases.CaseService;
import org.ariadne.cases.CaseSort;
import org.ariadne.cases.CaseStatus;
import org.ariadne.cases.ExploitationForm;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A benchmark, not a test: server time of the case list and lookup on a database prepared with
 * the synthetic generator (see docs/benchmarks.md). Excluded from the normal build; run with
 * {@code ./mvnw -Pbenchmark test -Dbenchmark.data-dir=DIR}. Results go to target/benchmarks/.
 */
@Tag("benchmark")
@SpringBootTest(properties = {"ariadne.data-dir=${benchmark.data-dir}", "ariadne.demo.enabled=false"})
class CaseListBenchmarkTest {

    private static final int WARMUP = 30;
    private static final int RUNS = 200;

    @Autowired
    CaseService cases;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void caseListAndLookup() throws IOException {
        long total = jdbc.queryForObject("SELECT COUNT(*) FROM case_record", Long.class);
        var details = users.loadUserByUsername("police.officer");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        long own = jdbc.queryForObject("SELECT COUNT(*) FROM case_record c JOIN organisation o ON o.id ="
                + " c.organisation_id WHERE o.code = 'POL-CENTRAL'", Long.class);
        List<String> codes = jdbc.queryForList("SELECT c.code FROM case_record c JOIN organisation o ON o.id ="
                + " c.organisation_id WHERE o.code = 'POL-CENTRAL' ORDER BY RAND() LIMIT 1000", String.class);
        var random = new Random(42);
        var filtered = new CaseFilter(CaseStatus.OPEN, ExploitationForm.FORCED_LABOUR, LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31), null);

        List<String> lines = new ArrayList<>();
        lines.add("cases in database: " + total + "; in the user's organisation: " + own);
        lines.add(measure("first page (50, newest change first)",
                () -> cases.list(CaseFilter.none(), CaseSort.UPDATED, false, 0, 50).size()));
        lines.add(measure("filtered page (open, forced labour, met in 2024)",
                () -> cases.list(filtered, null, false, 0, 50).size()));
        lines.add(measure("same filter, explicitly by last change",
                () -> cases.list(filtered, CaseSort.UPDATED, false, 0, 50).size()));
        lines.add(measure("page 20 of the unfiltered list",
                () -> cases.list(CaseFilter.none(), CaseSort.UPDATED, false, 950, 50).size()));
        lines.add(measure("case-code search in the list",
                () -> cases.list(new CaseFilter(null, null, null, null, codes.get(random.nextInt(codes.size()))),
                        CaseSort.UPDATED, false, 0, 50).size()));
        lines.add(measure("open one case by code (decrypt + audit write)",
                () -> cases.get(new CaseCode(codes.get(random.nextInt(codes.size())))).code().value().length()));

        Path out = Path.of("target", "benchmarks", "cases.txt");
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
        return String.format("%-50s rows %3d  p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms  (n=%d)", name, results,
                nanos[RUNS / 2] / 1e6, nanos[(int) (RUNS * 0.95)] / 1e6, nanos[(int) (RUNS * 0.99)] / 1e6, RUNS);
    }
}
