package org.ariadne.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.ariadne.IntegrationTest;
import org.ariadne.cases.AgeBand;
import org.ariadne.cases.CaseProfileRecorded;
import org.ariadne.cases.Channel;
import org.ariadne.cases.Disability;
import org.ariadne.cases.ExploitationForm;
import org.ariadne.cases.Sex;
import org.ariadne.cases.StatisticalProfile;
import org.ariadne.organisations.ActorType;
import org.ariadne.statistics.disclosure.DisclosureControl;
import org.ariadne.statistics.disclosure.DisclosureRules;
import org.ariadne.statistics.internal.FactQueries;
import org.ariadne.statistics.internal.FactQueries.Counts;
import org.jspecify.annotations.Nullable;
import org.ariadne.statistics.internal.Summaries;
import org.ariadne.statistics.internal.SyntheticFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The monthly summaries give exactly the raw counts the fact rows give, for every table of the
 * dashboard and the indicator set (with and without a comparison, for a year, a quarter, months
 * across years, a region) and for pivots, on random facts: when the summaries are first computed,
 * right after facts change (moved to another month or region, decisions withdrawn, identities
 * erased, feedback before its referral), and once more after further changes.
 */
@IntegrationTest
class SummarisedCountsTest {

    private static final int FIRST = 1996;
    private static final int LAST = 1999;
    private static final Dimension[][] PIVOTS = {
            {Dimension.IDENTIFYING_ACTOR, Dimension.YEAR}, {Dimension.REGION, Dimension.FORM},
            {Dimension.FORM, Dimension.SEX}, {Dimension.QUARTER, Dimension.CHILD},
            {Dimension.BARRIER, Dimension.REGION}, {Dimension.COMPENSATION_SOURCE, Dimension.COOPERATION},
            {Dimension.SERVICE_TYPE, Dimension.PROVIDER}, {Dimension.NEEDS_MET, Dimension.VICTIM_RATING},
            {Dimension.STAGE, Dimension.SUPPORT}, {Dimension.DESIGNATED_BY, Dimension.CONCLUSIVE}};

    @Autowired
    FactQueries facts;
    @Autowired
    Summaries summaries;
    @Autowired
    SyntheticFacts synthetic;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StatisticsService statistics;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void summariesCountExactlyWhatTheFactsCount(long seed) {
        var random = new RandomFactEvents(seed, 150, FIRST, LAST);
        synthetic.generate(150, FIRST, LAST, 5_000 + seed);
        publish(random.everyCase(), new Random(seed));
        List<FactQueries.Request> requests = requests(seed);
        assertSameCounts(requests, "first computed");

        publish(random.changes(60), new Random(seed + 100));
        assertSameCounts(requests, "right after changes");

        publish(random.changes(200), new Random(seed + 200));
        synthetic.generate(40, FIRST + 1, LAST, 5_000 + seed);
        assertSameCounts(requests, "after more changes");
        assertThat(behind()).as("every summary counted is at its month's version").isZero();
    }

    @Test
    @WithUserDetails("coordinator")
    void theCoordinatorSeesACaseEventInTheNextDashboard() {
        Period year = Period.year(FIRST + 2);
        var query = new StatisticsQuery(year, "Fresh-Test");
        for (int i = 0; i < 12; i++) {
            publish(List.of(profile("fresh-" + i, YearMonth.of(FIRST + 2, 1 + i))), new Random(i));
        }
        assertThat(statistics.dashboard(query, null).cases().value()).isEqualTo(12L);
        publish(List.of(profile("fresh-12", YearMonth.of(FIRST + 2, 5))), new Random(12));
        assertThat(statistics.dashboard(query, null).cases().value()).isEqualTo(13L);
        publish(List.of(profile("fresh-3", YearMonth.of(FIRST + 3, 4))), new Random(3));
        assertThat(statistics.dashboard(query, null).cases().value()).as("a case moved to the next year")
                .isEqualTo(12L);
    }

    private static CaseProfileRecorded profile(String caseKey, YearMonth month) {
        return new CaseProfileRecorded(caseKey, caseKey + "-person", false, new StatisticalProfile(month,
                ActorType.NGO, Channel.OUTREACH, Set.of(ExploitationForm.FORCED_LABOUR), Set.of(), false, null,
                AgeBand.AGE_25_34, false, false, Sex.FEMALE, "RO", Disability.NONE, false, "Fresh-Test"));
    }

    /** Publishes the events in transactions of 1 to 10 events, as features do. */
    private void publish(List<Object> all, Random r) {
        for (int from = 0; from < all.size(); ) {
            int to = Math.min(all.size(), from + 1 + r.nextInt(10));
            List<Object> batch = all.subList(from, to);
            tx.executeWithoutResult(status -> batch.forEach(events::publishEvent));
            from = to;
        }
    }

    private void assertSameCounts(List<FactQueries.Request> requests, String when) {
        List<Counts> direct = facts.direct(requests);
        List<Counts> summarised = summaries.counts(requests);
        assertThat(summarised).hasSameSizeAs(direct);
        for (int i = 0; i < direct.size(); i++) {
            String what = when + ", request " + i + " " + requests.get(i).query();
            assertThat(summarised.get(i).rowValues()).as(what).isEqualTo(direct.get(i).rowValues());
            assertThat(summarised.get(i).columnValues()).as(what).isEqualTo(direct.get(i).columnValues());
            assertThat(summarised.get(i).counts()).as(what).isDeepEqualTo(direct.get(i).counts());
        }
        assertThat(direct.stream().mapToLong(c -> sum(c.counts())).sum()).as("the facts are counted").isPositive();
    }

    /** The requests of dashboards (hence indicator sets) and pivots, recorded as the service makes them. */
    private List<FactQueries.Request> requests(long seed) {
        List<FactQueries.Request> all = new ArrayList<>();
        for (int year = FIRST; year <= LAST; year++) {
            all.addAll(dashboard(StatisticsQuery.national(Period.year(year)),
                    StatisticsQuery.national(Period.year(year - 1))));
        }
        String north = RandomFactEvents.REGIONS[0];
        all.addAll(dashboard(new StatisticsQuery(Period.year(FIRST + 1), north),
                new StatisticsQuery(Period.year(FIRST + 2), north)));
        all.addAll(dashboard(StatisticsQuery.national(Period.quarter(FIRST + 2, 3)), null));
        all.addAll(dashboard(new StatisticsQuery(new Period(YearMonth.of(FIRST, 11), YearMonth.of(FIRST + 2, 2)),
                RandomFactEvents.REGIONS[2]), null));
        Period all4 = new Period(YearMonth.of(FIRST, 1), YearMonth.of(LAST, 12));
        var r = new Random(seed);
        for (Dimension[] pivot : PIVOTS) {
            String region = r.nextBoolean() ? null : RandomFactEvents.REGIONS[r.nextInt(4)];
            Basis basis = pivot[1].source() == Dimension.Source.SERVICES ? Basis.SERVICE_MONTH : Basis.REFERENCE_MONTH;
            all.add(facts.table(pivot[0], pivot[1], new StatisticsQuery(all4, region), basis));
        }
        return all;
    }

    /** What a dashboard (with its comparison) asks to count; only the requests are wanted here. */
    private List<FactQueries.Request> dashboard(StatisticsQuery query, @Nullable StatisticsQuery comparison) {
        List<FactQueries.Request> recorded = new ArrayList<>();
        Publication.Counter recorder = requests -> {
            recorded.addAll(requests);
            throw new Recorded();
        };
        try {
            new DashboardBuilder(facts, recorder, new DisclosureControl(new DisclosureRules(10, 0)))
                    .build(query, comparison);
        } catch (Recorded expected) {
            return recorded;
        }
        throw new AssertionError("a dashboard counts its tables");
    }

    private static final class Recorded extends RuntimeException {
    }

    /** Summaries counted in these years whose month has moved on since: none, once counted. */
    private long behind() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM stat_summary_state s JOIN stat_summary_shape sh"
                + " ON sh.id = s.shape_id JOIN stat_month_version v ON v.basis = sh.basis AND v.month = s.month"
                + " WHERE s.month BETWEEN ? AND ? AND s.version <> v.version", Long.class,
                java.sql.Date.valueOf(FIRST + "-01-01"), java.sql.Date.valueOf(LAST + "-12-01"));
    }

    private static long sum(long[][] counts) {
        long n = 0;
        for (long[] row : counts) {
            for (long c : row) {
                n += c;
            }
        }
        return n;
    }
}
