package org.ariadne.tasks.nrm;

import java.util.List;
import java.util.Set;
import org.ariadne.referrals.NrmService;
import org.ariadne.security.Role;
import org.ariadne.tasks.Task;
import org.ariadne.tasks.TaskSource;
import org.springframework.stereotype.Component;

/** Child protection: children's cases alerted to the organisation whose guardian is still to be appointed. */
@Component
class GuardiansToAppoint implements TaskSource {

    private final NrmService nrm;

    GuardiansToAppoint(NrmService nrm) {
        this.nrm = nrm;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String titleKey() {
        return "tasks.group.guardians";
    }

    @Override
    public boolean appliesTo(Set<Role> roles) {
        return roles.contains(Role.CHILD_PROTECTION);
    }

    @Override
    public List<Task> tasks(int limit) {
        return nrm.guardianTasks(limit).stream().map(item -> NrmTasks.of("tasks.kind.appoint-guardian", item)).toList();
    }
}
