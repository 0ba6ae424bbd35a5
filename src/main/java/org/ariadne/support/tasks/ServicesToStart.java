package org.ariadne.support.tasks;

import java.util.List;
import java.util.Set;
import org.ariadne.security.Role;
import org.ariadne.support.ProviderService;
import org.ariadne.support.ServiceReferralStatus;
import org.ariadne.tasks.Task;
import org.ariadne.tasks.TaskSource;
import org.springframework.stereotype.Component;

/** Providers: referrals they accepted whose service has not started yet. */
@Component
class ServicesToStart implements TaskSource {

    private final ProviderService providers;

    ServicesToStart(ProviderService providers) {
        this.providers = providers;
    }

    @Override
    public int order() {
        return 45;
    }

    @Override
    public String titleKey() {
        return "tasks.group.services-to-start";
    }

    @Override
    public boolean appliesTo(Set<Role> roles) {
        return roles.contains(Role.SERVICE_PROVIDER);
    }

    @Override
    public List<Task> tasks(int limit) {
        return ProviderTasks.of(providers, ServiceReferralStatus.ACCEPTED, "tasks.kind.start-service", limit);
    }
}
