package org.ariadne.support.tasks;

import java.util.List;
import java.util.Set;
import org.ariadne.security.Role;
import org.ariadne.support.ProviderService;
import org.ariadne.support.ServiceReferralStatus;
import org.ariadne.tasks.Task;
import org.ariadne.tasks.TaskSource;
import org.springframework.stereotype.Component;

/** Providers: referrals sent to their organisation that wait for an answer. */
@Component
class ReferralsToAnswer implements TaskSource {

    private final ProviderService providers;

    ReferralsToAnswer(ProviderService providers) {
        this.providers = providers;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String titleKey() {
        return "tasks.group.referrals-to-answer";
    }

    @Override
    public boolean appliesTo(Set<Role> roles) {
        return roles.contains(Role.SERVICE_PROVIDER);
    }

    @Override
    public List<Task> tasks(int limit) {
        return ProviderTasks.of(providers, ServiceReferralStatus.PENDING, "tasks.kind.answer-referral", limit);
    }
}
