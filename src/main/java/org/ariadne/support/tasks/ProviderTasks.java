package org.ariadne.support.tasks;

import java.util.Comparator;
import java.util.List;
import org.ariadne.support.InboxItem;
import org.ariadne.support.ProviderService;
import org.ariadne.support.ServiceReferralStatus;
import org.ariadne.tasks.Task;
import org.ariadne.tasks.TaskMark;

/** A provider's referrals in one status as tasks, the longest waiting first. */
final class ProviderTasks {

    /** More than a provider answers in a day; the inbox itself pages through the rest. */
    static final int WINDOW = 500;

    private ProviderTasks() {
    }

    static List<Task> of(ProviderService providers, ServiceReferralStatus status, String kindKey, int limit) {
        return providers.inbox(status, 0, WINDOW).stream()
                .sorted(Comparator.comparing(InboxItem::referredOn).thenComparing(i -> i.id().value()))
                .limit(Math.max(0, limit))
                .map(item -> task(kindKey, item))
                .toList();
    }

    private static Task task(String kindKey, InboxItem item) {
        String id = Long.toString(item.id().value());
        return new Task(kindKey, id, null, null, TaskMark.NONE, false, "services/" + id);
    }
}
