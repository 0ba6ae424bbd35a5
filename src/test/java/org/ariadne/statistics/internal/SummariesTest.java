package org.ariadne.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ariadne.IntegrationTest;
import org.ariadne.cases.AgeBand;
import org.ariadne.cases.CaseProfileRecorded;
import org.ariadne.cases.Channel;
import org.ariadne.cases.Disability;
import org.ariadne.cases.ExploitationForm;
import org.ariadne.cases.Sex;
import org.ariadne.cases.StatisticalProfile;
import org.ariadne.organisations.ActorType;
import org.ariadne.referrals.DecisionFact;
import org.ariadne.referrals.NrmSnapshot;
import org.ariadne.referrals.NrmStepRecorded;
import org.ariadne.referrals.workflow.AssistanceStatus;
import org.ariadne.referrals.workflow.CaseStage;
import org.ariadne.referrals.workflow.ConsentStatus;
import org.ariadne.referrals.workflow.Transition;
import org.ariadne.statistics.Basis;
import org.ariadne.statistics.Dimension;
import org.ariadne.statistics.FactEvents;
import org.ariadne.statistics.Period;
import org.ariadne.statistics.RandomFactEvents;
import org.ariadne.statistics.StatisticsQuery;
import org.ariadne.statistics.internal.FactQueries.Counts;
import org.ariadne.support.ServiceReferralChanged;
import org.ariadne.support.ServiceReferralStatus;
import org.ariadne.support.ServiceType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Versions follow every fact written (the month a fact leaves as well as the month it enters, in
 * the writer's transaction); counting never trusts a summary behind its month's version; two nodes
 * refreshing and counting while facts change get, every time, the figures the facts of the same
 * snapshot give.
 */
@IntegrationTest
class SummariesTest {

    @Autowired
    Summaries summaries;
    @Autowired
    FactQueries facts;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    private void publish(Object... all) {
        FactEvents.publish(tx, events, all);
    }

    private static CaseProfileRecorded profile(String caseKey, YearMonth month, String region) {
        return new CaseProfileRecorded(caseKey, caseKey + "-person", false, new StatisticalProfile(month,
                ActorType.POLICE, Channel.OUTREACH, Set.of(ExploitationForm.FORCED_LABOUR), Set.of(), false, null,
                AgeBand.AGE_25_34, false, false, Sex.MALE, "RO", Disability.NONE, false, region));
    }

    private static NrmStepRecorded decided(String caseKey, LocalDate referred, LocalDate decided) {
        var rg = new DecisionFact(true, decided, ActorType.COMPETENT_AUTHORITY, false);
        return new NrmStepRecorded(caseKey, Transition.REASONABLE_GROUNDS_POSITIVE, ActorType.COMPETENT_AUTHORITY,
                decided, new NrmSnapshot(CaseStage.RECOVERY_PERIOD, false, false, ConsentStatus.GIVEN, referred, null,
                referred, ActorType.POLICE, rg, null, decided, decided.plusDays(30), AssistanceStatus.ACTIVE, null, null,
                Set.of(), false));
    }

    private static ServiceReferralChanged referral(String caseKey, LocalDate on) {
        return new ServiceReferralChanged(caseKey, caseKey + "-service", ServiceType.LEGAL_AID,
                ServiceReferralStatus.ACCEPTED, null, ActorType.NGO, ActorType.NGO, on, on.plusDays(2), null, null,
                null);
    }

    private long version(Basis basis, String month) {
        List<Long> v = jdbc.queryForList("SELECT version FROM stat_month_version WHERE basis = ? AND month = ?",
                Long.class, basis.name(), Date.valueOf(month));
        return v.isEmpty() ? 0 : v.getFirst();
    }

    @Test
    void aFactMovedToAnotherMonthRaisesTheVersionOfBothMonths() {
        publish(profile("move-a", YearMonth.of(1990, 3), "Move-Test"),
                decided("move-a", LocalDate.of(1990, 3, 5), LocalDate.of(1990, 4, 2)));
        long march = version(Basis.REFERENCE_MONTH, "1990-03-01");
        long april = version(Basis.REASONABLE_GROUNDS_MONTH, "1990-04-01");
        assertThat(march).isPositive();
        assertThat(april).isPositive();

        publish(profile("move-a", YearMonth.of(1990, 5), "Move-Test"),
                decided("move-a", LocalDate.of(1990, 3, 5), LocalDate.of(1990, 6, 20)));
        assertThat(version(Basis.REFERENCE_MONTH, "1990-03-01")).as("the month left").isGreaterThan(march);
        assertThat(version(Basis.REFERENCE_MONTH, "1990-05-01")).as("the month entered").isPositive();
        assertThat(version(Basis.REASONABLE_GROUNDS_MONTH, "1990-04-01")).as("the decision month left")
                .isGreaterThan(april);
        assertThat(version(Basis.REASONABLE_GROUNDS_MONTH, "1990-06-01")).isPositive();
    }

    @Test
    void aNewRegionReachesTheCaseServiceRowsAndRaisesTheirMonths() {
        publish(profile("region-a", YearMonth.of(1990, 7), "Region-Before"));
        publish(referral("region-a", LocalDate.of(1990, 9, 14)));
        assertThat(serviceRegion("region-a")).isEqualTo("Region-Before");
        long september = version(Basis.SERVICE_MONTH, "1990-09-01");

        publish(profile("region-a", YearMonth.of(1990, 7), "Region-After"));
        assertThat(serviceRegion("region-a")).isEqualTo("Region-After");
        assertThat(version(Basis.SERVICE_MONTH, "1990-09-01")).isGreaterThan(september);

        // A referral recorded before the case's profile gets the region once the profile comes.
        publish(referral("region-b", LocalDate.of(1990, 10, 1)));
        assertThat(serviceRegion("region-b")).isNull();
        publish(profile("region-b", YearMonth.of(1990, 10), "Region-Later"));
        assertThat(serviceRegion("region-b")).isEqualTo("Region-Later");
    }

    @Test
    void aWriteRolledBackRaisesNoVersion() {
        publish(profile("rollback-a", YearMonth.of(1990, 11), "Rollback-Test"));
        long before = version(Basis.REFERENCE_MONTH, "1990-11-01");
        try {
            tx.executeWithoutResult(status -> {
                events.publishEvent(profile("rollback-a", YearMonth.of(1990, 12), "Rollback-Test"));
                status.setRollbackOnly();
            });
        } finally {
            assertThat(version(Basis.REFERENCE_MONTH, "1990-11-01")).isEqualTo(before);
            assertThat(version(Basis.REFERENCE_MONTH, "1990-12-01")).isZero();
        }
    }

    @Test
    void countingNeverTrustsASummaryBehindItsMonth() {
        var random = new RandomFactEvents(41, 80, 1991, 1991);
        publishAll(random.everyCase());
        Period year = Period.year(1991);
        List<FactQueries.Request> requests = List.of(
                facts.table(Dimension.SEX, Dimension.FORM, StatisticsQuery.national(year), Basis.REFERENCE_MONTH),
                facts.table(Dimension.SERVICE_TYPE, Dimension.SERVICE_STATUS,
                        new StatisticsQuery(year, RandomFactEvents.REGIONS[0]), Basis.SERVICE_MONTH),
                facts.daysHistogram("rg_days", StatisticsQuery.national(year), Basis.REASONABLE_GROUNDS_MONTH));
        assertSame(facts.direct(requests), summaries.counts(requests));

        publishAll(random.changes(40));
        assertThat(behind(requests)).as("the changes left summaries behind").isPositive();
        assertSame(facts.direct(requests), summaries.count(requests));
        assertThat(behind(requests)).as("counting alone refreshes nothing").isPositive();
        assertSame(facts.direct(requests), summaries.counts(requests));
        assertThat(behind(requests)).isZero();

        // A few changes: the months they touch are counted again from one slice of the fact rows per basis.
        for (int round = 0; round < 5; round++) {
            publishAll(random.changes(1));
            assertSame(facts.direct(requests), summaries.counts(requests));
            assertThat(behind(requests)).isZero();
        }
    }

    @Test
    void twoNodesRefreshingAndCountingWhileFactsChangeGetWhatTheFactsGiveInTheSameSnapshot() throws Exception {
        var random = new RandomFactEvents(43, 120, 1992, 1993);
        publishAll(random.everyCase());
        Period years = new Period(YearMonth.of(1992, 1), YearMonth.of(1993, 12));
        Period year = Period.year(1993);
        List<FactQueries.Request> requests = List.of(
                facts.table(Dimension.REGION, Dimension.FORM, StatisticsQuery.national(years), Basis.REFERENCE_MONTH),
                facts.table(Dimension.CHILD, Dimension.AGE_BAND, StatisticsQuery.national(years),
                        Basis.REFERENCE_MONTH),
                facts.table(Dimension.SEX, Dimension.FORM, new StatisticsQuery(year, RandomFactEvents.REGIONS[1]),
                        Basis.REFERENCE_MONTH),
                facts.table(Dimension.REASONABLE_GROUNDS, Dimension.RG_DECIDED_BY, StatisticsQuery.national(year),
                        Basis.REASONABLE_GROUNDS_MONTH),
                facts.table(null, Dimension.REFERRING_ACTOR, StatisticsQuery.national(years), Basis.SERVICE_MONTH),
                facts.table(Dimension.SERVICE_TYPE, Dimension.SERVICE_STATUS, StatisticsQuery.national(year),
                        Basis.SERVICE_MONTH),
                facts.compensation(StatisticsQuery.national(years)));
        // Two nodes: two instances, each with its own memory of shapes, sharing only the database.
        List<Summaries> nodes = List.of(summaries, new Summaries(jdbc, facts, transactions));
        long failures = summaries.failures();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        AtomicBoolean writing = new AtomicBoolean(true);
        try {
            Future<?> writer = pool.submit(() -> {
                try {
                    for (int i = 0; i < 30; i++) {
                        publishAll(random.changes(10));
                    }
                } finally {
                    writing.set(false);
                }
            });
            List<Future<Integer>> counted = new ArrayList<>();
            for (Summaries node : nodes) {
                counted.add(pool.submit(() -> {
                    int rounds = 0;
                    while (writing.get() || rounds < 3) {
                        node.refresh(requests);
                        List<List<Counts>> both = node.countAndDirect(requests);
                        assertSame(both.get(1), both.get(0));
                        rounds++;
                    }
                    return rounds;
                }));
            }
            writer.get(2, TimeUnit.MINUTES);
            for (Future<Integer> node : counted) {
                assertThat(node.get(2, TimeUnit.MINUTES)).isPositive();
            }
        } finally {
            pool.shutdownNow();
        }
        assertSame(facts.direct(requests), summaries.counts(requests));
        assertThat(behind(requests)).isZero();
        assertThat(summaries.failures() + nodes.get(1).failures()).as("no refresh failed (as a deadlock would)")
                .isEqualTo(failures);
    }

    private void publishAll(List<Object> all) {
        for (int from = 0; from < all.size(); from += 5) {
            List<Object> batch = all.subList(from, Math.min(all.size(), from + 5));
            tx.executeWithoutResult(status -> batch.forEach(events::publishEvent));
        }
    }

    private long behind(List<FactQueries.Request> requests) {
        long behind = 0;
        for (FactQueries.Request r : requests) {
            Period p = r.query().period();
            behind += jdbc.queryForObject("SELECT COUNT(*) FROM stat_month_version v JOIN stat_summary_shape sh"
                    + " ON sh.basis = v.basis AND sh.shape_key = ? LEFT JOIN stat_summary_state s ON s.shape_id = sh.id"
                    + " AND s.month = v.month WHERE v.month BETWEEN ? AND ? AND (s.version IS NULL"
                    + " OR s.version <> v.version)", Long.class, r.shape.key(), Date.valueOf(p.firstDay()),
                    Date.valueOf(p.lastMonthStart()));
        }
        return behind;
    }

    private static void assertSame(List<Counts> expected, List<Counts> actual) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.get(i).rowValues()).isEqualTo(expected.get(i).rowValues());
            assertThat(actual.get(i).columnValues()).isEqualTo(expected.get(i).columnValues());
            assertThat(actual.get(i).counts()).as("table " + i).isDeepEqualTo(expected.get(i).counts());
        }
    }

    private String serviceRegion(String caseKey) {
        return jdbc.queryForObject("SELECT region FROM stat_service_fact WHERE referral_key = ?", String.class,
                caseKey + "-service");
    }
}
