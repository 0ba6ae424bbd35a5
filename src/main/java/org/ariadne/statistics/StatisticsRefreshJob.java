package org.ariadne.statistics;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.ariadne.statistics.internal.FactQueries;
import org.ariadne.statistics.internal.Summaries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Brings the monthly summaries up to date in the background ({@code ariadne.statistics.refresh-schedule},
 * a cron expression; {@code -} turns it off), on one node only: every month whose facts changed since
 * its summary was computed, for the tables of the dashboard and the indicator set and for the tables
 * counted on this node since it started. A co-ordinator's first request then finds them current
 * instead of counting the changed months itself. Figures never depend on it: a summary behind its
 * month is never used (see {@link Summaries}).
 */
@Component
class StatisticsRefreshJob {

    static final String LOCK = "statistics-refresh";
    private static final Logger log = LoggerFactory.getLogger(StatisticsRefreshJob.class);

    private final FactQueries facts;
    private final Summaries summaries;
    private final Clock clock;

    StatisticsRefreshJob(FactQueries facts, Summaries summaries, Clock clock) {
        this.facts = facts;
        this.summaries = summaries;
        this.clock = clock;
    }

    // Held at least a minute, so a node whose clock is a little late does not run it again at once.
    @Scheduled(cron = "${ariadne.statistics.refresh-schedule:0 */5 * * * *}", zone = "${ariadne.time-zone:}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void run() {
        // The shapes do not depend on the period: one year's dashboard names them all, and they are
        // refreshed over every month.
        var query = StatisticsQuery.national(Period.year(LocalDate.now(clock).getYear()));
        long start = System.nanoTime();
        int months = summaries.refreshAll(DashboardBuilder.requests(facts, query));
        if (months > 0) {
            log.info("Statistics summaries: {} monthly summaries refreshed in {} ms", months,
                    (System.nanoTime() - start) / 1_000_000);
        }
    }
}
