package org.ariadne.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import org.ariadne.organisations.Actor;
import org.ariadne.organisations.CurrentActor;
import org.ariadne.security.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The frame of every signed-in screen. The navigation lists only the views the user's roles may
 * open: Vaadin's menu registry already filters entries by the views' access annotations. Other
 * features add to the navbar through {@link NavbarItem} beans.
 *
 * <p>{@code @Uses} loads every web component the application uses with the layout, that is with
 * the first page. The production bundle otherwise loads a screen's components when the screen is
 * opened, and finds them by following the screen's class references; the case tabs, home cards,
 * task lists and navbar items that features contribute as Spring beans are out of its sight, so a
 * case opened straight from an address, the decision queue or a notification had no dialog and no
 * text area in the browser. {@code EagerComponentsTest} fails when a component is missing here.
 * ({@code @LoadDependenciesOnStartup} would do the same but makes every build rebuild the bundle,
 * which needs Node.)
 */
@Layout
@Uses(Checkbox.class)
@Uses(CheckboxGroup.class)
@Uses(ComboBox.class)
@Uses(ConfirmDialog.class)
@Uses(CustomField.class)
@Uses(DatePicker.class)
@Uses(Details.class)
@Uses(Dialog.class)
@Uses(FlexLayout.class)
@Uses(FormLayout.class)
@Uses(Grid.class)
@Uses(HorizontalLayout.class)
@Uses(LoginForm.class)
@Uses(MultiSelectComboBox.class)
@Uses(Notification.class)
@Uses(RadioButtonGroup.class)
@Uses(Select.class)
@Uses(Tab.class)
@Uses(TabSheet.class)
@Uses(Tabs.class)
@Uses(BigDecimalField.class)
@Uses(EmailField.class)
@Uses(IntegerField.class)
@Uses(PasswordField.class)
@Uses(TextArea.class)
@Uses(TextField.class)
@Uses(Upload.class)
@Uses(VerticalLayout.class)
@PermitAll
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 viewTitle = new H1();

    MainLayout(AuthenticationContext authenticationContext, CurrentUser currentUser, CurrentActor currentActor,
               ObjectProvider<NavbarItem> navbarItems, LanguageLinks languageLinks) {
        setPrimarySection(Section.DRAWER);
        viewTitle.addClassName("view-title");
        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu-toggle"));
        addToNavbar(toggle, viewTitle);
        var items = new Div();
        items.addClassName("navbar-items");
        navbarItems.orderedStream().sorted(Comparator.comparingInt(NavbarItem::order))
                .forEach(item -> item.create().ifPresent(items::add));
        addToNavbar(items);
        addToDrawer(header(), new Scroller(navigation()), footer(authenticationContext, currentUser, currentActor,
                languageLinks));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // Views title their browser tab "Header · Ariadne"; the navbar shows only the header.
        String appName = getTranslation("app.name");
        viewTitle.setText(MenuConfiguration.getPageHeader(getContent()).map(t -> t.replace(" · " + appName, ""))
                .orElse(appName));
    }

    private Component header() {
        return Markup.element("div", "app-header").add(Markup.span("app-name", getTranslation("app.name")))
                .add(Markup.span("app-tagline", getTranslation("app.tagline"))).component();
    }

    private SideNav navigation() {
        var nav = new SideNav();
        nav.setLabel(getTranslation("layout.navigation"));
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            var item = new SideNavItem(getTranslation(entry.title()), entry.path());
            item.setMatchNested(true);
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private Component footer(AuthenticationContext authenticationContext, CurrentUser currentUser,
                             CurrentActor currentActor, LanguageLinks languageLinks) {
        var footer = new Div();
        footer.addClassName("app-footer");
        currentUser.find().ifPresent(user -> {
            String organisation = currentActor.find().map(Actor::organisation).map(org -> org.name())
                    .orElse(getTranslation("layout.no-organisation"));
            String roles = String.join(", ", user.roles().stream().sorted()
                    .map(role -> getTranslation("role." + role.name())).toList());
            footer.add(Markup.element("div", "user-info").add(Markup.span("user-name", user.displayName()))
                    .add(Markup.span("user-organisation", organisation)).add(Markup.span("user-roles", roles))
                    .component());
        });
        footer.add(languageLinks.create());
        var logout = new Button(getTranslation("layout.logout"), new Icon(VaadinIcon.SIGN_OUT),
                click -> authenticationContext.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");
        footer.add(logout);
        return footer;
    }
}
