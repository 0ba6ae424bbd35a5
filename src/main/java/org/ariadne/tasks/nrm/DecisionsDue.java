package org.ariadne.tasks.nrm;

import java.util.List;
import java.util.Set;
import org.ariadne.referrals.NrmService;
import org.ariadne.referrals.QueueItem;
import org.ariadne.security.Role;
import org.ariadne.tasks.Task;
import org.ariadne.tasks.TaskSource;
import org.springframework.stereotype.Component;

/** Decision makers: the cases referred to their organisation awaiting a decision, nearest deadline first. */
@Component
class DecisionsDue implements TaskSource {

    private final NrmService nrm;

    DecisionsDue(NrmService nrm) {
        this.nrm = nrm;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String titleKey() {
        return "tasks.group.decisions-due";
    }

    @Override
    public boolean appliesTo(Set<Role> roles) {
        return roles.contains(Role.DECISION_MAKER);
    }

    @Override
    public List<Task> tasks(int limit) {
        return nrm.queue(0, limit).stream().map(item -> NrmTasks.of(kind(item), item)).toList();
    }

    private static String kind(QueueItem item) {
        return switch (item.stage()) {
            case REFERRED -> "tasks.kind.reasonable-grounds-due";
            case RECOVERY_PERIOD -> "tasks.kind.conclusive-due";
            case RECONSIDERATION -> "tasks.kind.reconsideration-due";
            default -> "tasks.kind.decision-due";
        };
    }
}
