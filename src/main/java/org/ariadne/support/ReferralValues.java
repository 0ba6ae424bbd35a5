package org.ariadne.support;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.ariadne.organisations.Organisation;
import org.ariadne.organisations.OrganisationId;
import org.ariadne.organisations.OrganisationService;
import org.ariadne.support.internal.ReferralStore;
import org.ariadne.support.internal.StoredReferral;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Turns stored referrals into what each side may see; the caller has decided that it may. */
@Component
class ReferralValues {

    private final OrganisationService organisations;
    private final ReferralStore store;

    ReferralValues(OrganisationService organisations, ReferralStore store) {
        this.organisations = organisations;
        this.store = store;
    }

    /** Organisation names, looked up once per name within one answer. */
    Function<OrganisationId, String> names() {
        Map<OrganisationId, String> cache = new HashMap<>();
        return id -> cache.computeIfAbsent(id, key -> organisations.find(key).map(Organisation::name).orElse(""));
    }

    /** For the case's readers. */
    ServiceReferral full(StoredReferral r, @Nullable PersonFeedback feedback, Function<OrganisationId, String> names) {
        return new ServiceReferral(new ServiceReferralId(r.id()), r.version(), r.code(), r.serviceType(), r.status(),
                r.provider(), names.apply(r.provider()), store.needs(r), r.referredBy(), r.referredOn(),
                r.answeredOn(), r.declineReason(), store.declineNote(r), r.deliveryStart(), r.deliveryEnd(),
                r.caseworkerRating(), r.revokedBecause(), r.revokedOn(), feedback);
    }

    /** For the provider: nothing about the person. */
    InboxItem item(StoredReferral r, Function<OrganisationId, String> names) {
        return new InboxItem(new ServiceReferralId(r.id()), r.version(), r.serviceType(), r.status(),
                names.apply(r.owner()), r.referredOn(), r.answeredOn(), r.declineReason(), r.deliveryStart(),
                r.deliveryEnd(), r.revokedBecause());
    }
}
