package org.ariadne.notifications.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import org.ariadne.notifications.NotificationService;

/** A bell with the user's unread count; counted again on every navigation and after marking read. */
class NotificationBell extends Button implements AfterNavigationObserver {

    static final int SHOWN_AT_MOST = 99;

    private final NotificationService notifications;
    private final Span count = new Span();

    NotificationBell(NotificationService notifications) {
        this.notifications = notifications;
        setIcon(new Icon(VaadinIcon.BELL));
        addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        addClassName("notification-bell");
        setId("notification-bell");
        count.addClassName("unread-count");
        getElement().appendChild(count.getElement());
        addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(NotificationsView.class)));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        ComponentUtil.setData(event.getUI(), NotificationBell.class, this);
        refresh();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    /** Counts again in the given UI's bell, if it has one. */
    static void refreshIn(UI ui) {
        NotificationBell bell = ComponentUtil.getData(ui, NotificationBell.class);
        if (bell != null) {
            bell.refresh();
        }
    }

    void refresh() {
        long unread = notifications.unreadCount();
        count.setText(unread > SHOWN_AT_MOST ? SHOWN_AT_MOST + "+" : Long.toString(unread));
        count.setVisible(unread > 0);
        String label = unread == 0 ? getTranslation("notifications.bell.none")
                : getTranslation("notifications.bell.unread", unread);
        setAriaLabel(label);
        setTooltipText(label);
    }

    long shownCount() {
        return count.isVisible() ? Long.parseLong(count.getText().replace("+", "")) : 0;
    }
}
