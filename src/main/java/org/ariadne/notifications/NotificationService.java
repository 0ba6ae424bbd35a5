package org.ariadne.notifications;

import java.time.Clock;
import java.util.List;
import org.ariadne.audit.AuditEvent;
import org.ariadne.audit.AuditTrail;
import org.ariadne.common.NotFoundException;
import org.ariadne.notifications.internal.NotificationStore;
import org.ariadne.organisations.Actor;
import org.ariadne.organisations.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The caller's organisation's notifications, newest first, with the caller's own read marks. A
 * user never sees another organisation's notifications; marking one read by a guessed id is
 * refused and audited.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class NotificationService {

    private final NotificationStore store;
    private final CurrentActor currentActor;
    private final AuditTrail audit;
    private final Clock clock;

    NotificationService(NotificationStore store, CurrentActor currentActor, AuditTrail audit, Clock clock) {
        this.store = store;
        this.currentActor = currentActor;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<NotificationItem> list(int offset, int limit) {
        Actor actor = currentActor.require();
        return store.page(actor.organisationId().value(), actor.username(), Math.max(0, offset),
                Math.clamp(limit, 1, 500));
    }

    @Transactional(readOnly = true)
    public long count() {
        return store.count(currentActor.require().organisationId().value());
    }

    @Transactional(readOnly = true)
    public long unreadCount() {
        Actor actor = currentActor.require();
        return store.unread(actor.organisationId().value(), actor.username());
    }

    public void markRead(long id) {
        Actor actor = currentActor.require();
        if (!store.belongsTo(id, actor.organisationId().value())) {
            audit.record(AuditEvent.denied("notification.mark-read", "notification", Long.toString(id)));
            throw new NotFoundException("notifications.error.not-found");
        }
        store.markRead(id, actor.username(), clock.instant());
    }

    public void markAllRead() {
        Actor actor = currentActor.require();
        store.markAllRead(actor.organisationId().value(), actor.username(), clock.instant());
    }
}
