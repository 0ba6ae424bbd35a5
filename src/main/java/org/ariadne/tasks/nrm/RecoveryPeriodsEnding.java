package org.ariadne.tasks.nrm;

import java.util.List;
import java.util.Set;
import org.ariadne.referrals.NrmService;
import org.ariadne.security.Role;
import org.ariadne.tasks.Task;
import org.ariadne.tasks.TaskSource;
import org.springframework.stereotype.Component;

/** Caseworkers: their organisation's cases whose recovery period ends within a week (or has ended). */
@Component
class RecoveryPeriodsEnding implements TaskSource {

    static final int WITHIN_DAYS = 7;

    private final NrmService nrm;

    RecoveryPeriodsEnding(NrmService nrm) {
        this.nrm = nrm;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String titleKey() {
        return "tasks.group.periods-ending";
    }

    @Override
    public boolean appliesTo(Set<Role> roles) {
        return roles.contains(Role.CASEWORKER);
    }

    @Override
    public List<Task> tasks(int limit) {
        return nrm.recoveryPeriodsEnding(WITHIN_DAYS, limit).stream()
                .map(item -> NrmTasks.of("tasks.kind.recovery-period-ends", item)).toList();
    }
}
