package org.ariadne.cases;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.ariadne.common.SystemJob;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Retention on a schedule, off unless {@code ariadne.retention.schedule} (a cron expression) is
 * set: the data protection officer decides when identity is erased. When on, it applies exactly
 * what a dry run shows at that moment, as the system, on one node only, and audits every case.
 */
@Component
class RetentionJob {

    static final String LOCK = "retention";

    private final CasePrivacyService privacy;

    RetentionJob(CasePrivacyService privacy) {
        this.privacy = privacy;
    }

    @Scheduled(cron = "${ariadne.retention.schedule:-}", zone = "${ariadne.time-zone:}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT2H", lockAtLeastFor = "PT10M")
    public void run() {
        SystemJob.run(privacy::retentionRun);
    }
}
