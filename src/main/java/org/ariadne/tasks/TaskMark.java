package org.ariadne.tasks;

/** How urgent a task is. */
public enum TaskMark {
    /** No deadline. */
    NONE,
    ON_TRACK,
    /** The deadline is near. */
    AT_RISK,
    /** The deadline has passed. */
    OVERDUE;

    public String messageKey() {
        return "tasks.mark." + name();
    }
}
