package org.ariadne.referrals;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.ariadne.common.SystemJob;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the deadline reminders every day ({@code ariadne.reminders.schedule}, a cron expression;
 * {@code -} turns them off), on one node only: the others find the lock taken and skip the run.
 */
@Component
class DeadlineReminderJob {

    static final String LOCK = "deadline-reminders";

    private final DeadlineReminders reminders;

    DeadlineReminderJob(DeadlineReminders reminders) {
        this.reminders = reminders;
    }

    // Held at least ten minutes, so a node whose clock is a little late does not run it again.
    @Scheduled(cron = "${ariadne.reminders.schedule:0 30 6 * * *}", zone = "${ariadne.time-zone:}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT30M", lockAtLeastFor = "PT10M")
    public void run() {
        SystemJob.run(reminders::remind);
    }
}
