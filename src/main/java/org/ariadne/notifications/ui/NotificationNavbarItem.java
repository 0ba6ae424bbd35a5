package org.ariadne.notifications.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.ariadne.base.ui.NavbarItem;
import org.ariadne.notifications.NotificationService;
import org.ariadne.organisations.CurrentActor;

/** Puts the bell in the main layout's navbar for every user who acts for an organisation. */
@org.springframework.stereotype.Component
class NotificationNavbarItem implements NavbarItem {

    private final NotificationService notifications;
    private final CurrentActor currentActor;

    NotificationNavbarItem(NotificationService notifications, CurrentActor currentActor) {
        this.notifications = notifications;
        this.currentActor = currentActor;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Component> create() {
        return currentActor.find().map(actor -> new NotificationBell(notifications));
    }
}
