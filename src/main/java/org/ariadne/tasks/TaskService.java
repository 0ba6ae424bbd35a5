package org.ariadne.tasks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.ariadne.security.CurrentUser;
import org.ariadne.security.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The caller's task lists: one group per source that the caller's roles call for. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class TaskService {

    public static final int DEFAULT_LIMIT = 100;

    private final List<TaskSource> sources;
    private final CurrentUser currentUser;

    TaskService(ObjectProvider<TaskSource> sources, CurrentUser currentUser) {
        this.sources = sources.orderedStream().sorted(Comparator.comparingInt(TaskSource::order)).toList();
        this.currentUser = currentUser;
    }

    /** Whether any list applies to the caller. */
    public boolean hasLists() {
        Set<Role> roles = currentUser.require().roles();
        return sources.stream().anyMatch(source -> source.appliesTo(roles));
    }

    public List<TaskGroup> mine(int limitPerGroup) {
        Set<Role> roles = currentUser.require().roles();
        int limit = Math.clamp(limitPerGroup, 1, 499);
        List<TaskGroup> groups = new ArrayList<>();
        for (TaskSource source : sources) {
            if (source.appliesTo(roles)) {
                List<Task> tasks = source.tasks(limit + 1);
                groups.add(new TaskGroup(source.titleKey(), tasks.subList(0, Math.min(limit, tasks.size())),
                        tasks.size() > limit));
            }
        }
        return groups;
    }
}
