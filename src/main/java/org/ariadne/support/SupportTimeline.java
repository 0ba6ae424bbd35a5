package org.ariadne.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.ariadne.cases.CaseCode;
import org.ariadne.common.Message;
import org.ariadne.organisations.Organisation;
import org.ariadne.organisations.OrganisationId;
import org.ariadne.organisations.OrganisationService;
import org.ariadne.referrals.TimelineEntry;
import org.ariadne.referrals.TimelineSource;
import org.ariadne.support.internal.HistoryStore;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The service referrals' part of a case's timeline: made, answered, delivered, rated, revoked — with
 * the service, the provider and who acted, never the needs or the decline note. The timeline checks
 * the reader's access to the whole case before asking.
 */
@Component
class SupportTimeline implements TimelineSource {

    private final HistoryStore history;
    private final OrganisationService organisations;

    SupportTimeline(HistoryStore history, OrganisationService organisations) {
        this.history = history;
        this.organisations = organisations;
    }

    @Override
    public List<TimelineEntry> entries(CaseCode code) {
        Map<OrganisationId, Optional<Organisation>> known = new HashMap<>();
        Function<OrganisationId, Optional<Organisation>> organisation = id -> known.computeIfAbsent(id,
                organisations::find);
        return history.ofCase(code).stream().map(change -> new TimelineEntry(change.at(),
                Message.of("support.timeline." + change.action(), Message.of(change.serviceType().messageKey()),
                        organisation.apply(change.provider()).map(Organisation::name).orElse("")),
                change.username(), organisation.apply(change.organisation()).map(Organisation::name).orElse(""),
                organisation.apply(change.organisation()).map(Organisation::actorType).orElse(null),
                null, detail(change), null)).toList();
    }

    private static @Nullable Message detail(HistoryStore.Change change) {
        return switch (change.action()) {
            case "support.decline" -> change.declineReason() == null ? null
                    : Message.of("support.timeline.because", Message.of(change.declineReason().messageKey()));
            case "support.revoke" -> change.revokedBecause() == null ? null
                    : Message.of("support.timeline.because", Message.of(change.revokedBecause().messageKey()));
            default -> null;
        };
    }
}
