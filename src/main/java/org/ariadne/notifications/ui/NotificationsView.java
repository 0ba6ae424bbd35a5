package org.ariadne.notifications.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Set;
import org.ariadne.notifications.NotificationItem;
import org.ariadne.notifications.NotificationService;
import org.ariadne.security.CurrentUser;
import org.ariadne.security.Role;

/**
 * The organisation's notifications, newest first and loaded page by page, unread ones marked for
 * this user. Opening one marks it read and goes where it leads.
 */
@Route("notifications")
@PermitAll
class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    private final NotificationService notifications;
    private final Set<Role> roles;
    final Grid<NotificationItem> grid = new Grid<>();

    NotificationsView(NotificationService notifications, CurrentUser currentUser) {
        this.notifications = notifications;
        this.roles = currentUser.require().roles();
        addClassName("notifications-view");
        setMaxWidth("1000px");
        setSizeFull();
        var markAll = new Button(getTranslation("notifications.mark-all-read"), new Icon(VaadinIcon.CHECK_SQUARE_O),
                e -> {
                    notifications.markAllRead();
                    refresh();
                });
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        markAll.setId("mark-all-read");
        var toolbar = new HorizontalLayout(new Span(getTranslation("notifications.intro")), markAll);
        toolbar.setWidthFull();
        toolbar.setAlignItems(Alignment.BASELINE);
        toolbar.expand(toolbar.getComponentAt(0));
        grid.addComponentColumn(this::text).setHeader(getTranslation("notifications.column.what")).setFlexGrow(3);
        grid.addColumn(NotificationItem::caseCode).setHeader(getTranslation("notifications.column.case"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::when).setHeader(getTranslation("notifications.column.when")).setAutoWidth(true);
        grid.addComponentColumn(this::action).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("notifications.empty"));
        grid.setItems(query -> notifications.list(query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, notifications.count()));
        grid.setSizeFull();
        add(toolbar, grid);
    }

    private Component text(NotificationItem item) {
        var text = new Span(getTranslation(item.messageKey()));
        if (!item.read()) {
            text.addClassName("notification-unread");
            text.getElement().setAttribute("title", getTranslation("notifications.unread"));
        }
        return text;
    }

    private Component when(NotificationItem item) {
        var when = new Span(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .format(item.at().atZone(ZoneId.systemDefault())));
        when.addClassName("notification-when");
        return when;
    }

    private Component action(NotificationItem item) {
        boolean leads = NotificationTargets.route(item, roles).isPresent();
        var button = new Button(getTranslation(leads ? "notifications.open" : "notifications.mark-read"),
                e -> open(item));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setEnabled(leads || !item.read());
        return button;
    }

    void open(NotificationItem item) {
        if (!item.read()) {
            notifications.markRead(item.id());
        }
        var route = NotificationTargets.route(item, roles);
        if (route.isPresent()) {
            getUI().ifPresent(ui -> ui.navigate(route.get()));
        } else {
            refresh();
        }
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        getUI().ifPresent(NotificationBell::refreshIn);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.title") + " · " + getTranslation("app.name");
    }
}
