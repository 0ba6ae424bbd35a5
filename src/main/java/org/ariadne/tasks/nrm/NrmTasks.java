package org.ariadne.tasks.nrm;

import org.ariadne.referrals.QueueItem;
import org.ariadne.referrals.deadlines.DeadlineStatus;
import org.ariadne.tasks.Task;
import org.ariadne.tasks.TaskMark;
import org.jspecify.annotations.Nullable;

/** A queue row of the referral mechanism as a task on its case. */
final class NrmTasks {

    private NrmTasks() {
    }

    static Task of(String kindKey, QueueItem item) {
        return new Task(kindKey, item.code().value(), item.lastDay(), item.remaining(), mark(item.status()),
                item.child(), "cases/" + item.code().value());
    }

    static TaskMark mark(@Nullable DeadlineStatus status) {
        if (status == null) {
            return TaskMark.NONE;
        }
        return switch (status) {
            case ON_TRACK -> TaskMark.ON_TRACK;
            case AT_RISK -> TaskMark.AT_RISK;
            case OVERDUE -> TaskMark.OVERDUE;
        };
    }
}
