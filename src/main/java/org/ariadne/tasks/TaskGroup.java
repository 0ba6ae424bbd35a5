package org.ariadne.tasks;

import java.util.List;

/**
 * The tasks one source gives the user.
 *
 * @param more whether there are more than the list holds
 */
public record TaskGroup(String titleKey, List<Task> tasks, boolean more) {

    public TaskGroup {
        tasks = List.copyOf(tasks);
    }

    public long count(TaskMark mark) {
        return tasks.stream().filter(t -> t.mark() == mark).count();
    }
}
