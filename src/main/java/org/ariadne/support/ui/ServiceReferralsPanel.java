package org.ariadne.support.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import org.ariadne.cases.CaseCode;
import org.ariadne.common.TranslatableException;
import org.ariadne.common.ui.Feedback;
import org.ariadne.support.CaseReferrals;
import org.ariadne.support.ServiceReferral;
import org.ariadne.support.SupportService;

/**
 * A case's service referrals with their status; for the case's caseworkers also referring,
 * revoking, rating and recording the person's feedback. Each row opens to show the needs note and
 * how the provider answered.
 */
class ServiceReferralsPanel extends VerticalLayout {

    private final SupportService support;
    private final CaseCode code;
    final Grid<ServiceReferral> grid = new Grid<>();
    final Button refer = new Button();
    private boolean mayManage;

    ServiceReferralsPanel(SupportService support, CaseCode code) {
        this.support = support;
        this.code = code;
        addClassName("service-referrals");
        setPadding(false);
        var independence = new Paragraph(getTranslation("support.section.independence"));
        independence.addClassName("support-independence");
        refer.setText(getTranslation("support.refer.open"));
        refer.setIcon(new Icon(VaadinIcon.PLUS));
        refer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        refer.setId("refer-to-service");
        refer.addClickListener(e -> new ReferDialog(support, code, this::refresh).open());
        var bar = new HorizontalLayout(independence, refer);
        bar.setWidthFull();
        bar.expand(independence);
        bar.setAlignItems(Alignment.CENTER);
        add(bar, grid);
        configureGrid();
        refresh();
    }

    private void configureGrid() {
        // Service and provider share what is left and wrap; the rest keep their width, so nothing scrolls sideways.
        grid.addColumn(r -> getTranslation(r.serviceType().messageKey())).setHeader(getTranslation("support.column.service"))
                .setFlexGrow(1);
        grid.addColumn(ServiceReferral::providerName).setHeader(getTranslation("support.column.provider"))
                .setFlexGrow(1);
        grid.addComponentColumn(r -> SupportLabels.status(this, r.status()))
                .setHeader(getTranslation("support.column.status")).setAutoWidth(true).setFlexGrow(0).setKey("status");
        grid.addColumn(r -> SupportLabels.date(r.referredOn())).setHeader(getTranslation("support.column.referred"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> SupportLabels.period(this, r.deliveryStart(), r.deliveryEnd(), r.status()))
                .setHeader(getTranslation("support.column.delivery")).setFlexGrow(1);
        grid.addColumn(r -> r.caseworkerRating() == null ? "" : getTranslation("support.rating.short",
                r.caseworkerRating())).setHeader(getTranslation("support.column.rating")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("support.column.actions")).setWidth("9em")
                .setFlexGrow(0).setKey("actions");
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::details));
        grid.setDetailsVisibleOnClick(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("support.section.empty"));
    }

    private HorizontalLayout actions(ServiceReferral r) {
        var actions = new HorizontalLayout();
        actions.setSpacing(false);
        if (!mayManage) {
            return actions;
        }
        if (r.open()) {
            var revoke = small("support.revoke.open", VaadinIcon.BAN, () -> confirmRevoke(r));
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
            revoke.setId("revoke-" + r.id());
            actions.add(revoke);
        }
        if (r.deliveryStarted()) {
            var rate = small("support.rate.open", VaadinIcon.STAR, () -> new RateDialog(support, r, this::refresh).open());
            rate.setId("rate-" + r.id());
            actions.add(rate);
            if (r.feedback() == null) {
                var feedback = small("support.feedback.open", VaadinIcon.COMMENT,
                        () -> new FeedbackDialog(support, r, this::refresh).open());
                feedback.setId("feedback-" + r.id());
                actions.add(feedback);
            }
        }
        return actions;
    }

    private Div details(ServiceReferral r) {
        var list = new DescriptionList();
        term(list, "support.needs", r.needs());
        term(list, "support.referred-by", r.referredBy());
        if (r.feedback() != null) {
            term(list, "support.column.feedback", getTranslation("support.feedback.short", r.feedback().rating(),
                    getTranslation(r.feedback().needsMet().messageKey())));
        }
        if (r.declineReason() != null) {
            term(list, "support.decline.reason", getTranslation(r.declineReason().messageKey()));
            term(list, "support.decline.note", r.declineNote());
        }
        if (r.revokedBecause() != null) {
            term(list, "support.revoked", getTranslation("support.revoked.on", getTranslation(
                    r.revokedBecause().messageKey()), SupportLabels.date(r.revokedOn())));
        }
        var details = new Div(list);
        details.addClassName("case-facts");
        return details;
    }

    private void term(DescriptionList list, String labelKey, String value) {
        if (value != null && !value.isBlank()) {
            list.add(new DescriptionList.Term(getTranslation(labelKey)), new DescriptionList.Description(value));
        }
    }

    private void confirmRevoke(ServiceReferral r) {
        var confirm = new ConfirmDialog(getTranslation("support.revoke.title"), getTranslation("support.revoke.text",
                getTranslation(r.serviceType().messageKey()), r.providerName()), getTranslation("support.revoke.confirm"),
                e -> revoke(r));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    void revoke(ServiceReferral r) {
        try {
            support.revoke(r.id(), r.version());
            Feedback.success(this, "support.revoke.done");
        } catch (TranslatableException ex) {
            Feedback.error(this, ex.message());
        }
        refresh();
    }

    /** An icon button named by its tooltip and accessible label, so the actions fit beside the columns. */
    private Button small(String key, VaadinIcon icon, Runnable action) {
        var button = new Button(new Icon(icon), e -> action.run());
        button.setAriaLabel(getTranslation(key));
        button.setTooltipText(getTranslation(key));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        return button;
    }

    void refresh() {
        CaseReferrals referrals = support.forCase(code);
        mayManage = referrals.mayManage();
        refer.setVisible(mayManage);
        grid.getColumnByKey("actions").setVisible(mayManage);
        grid.setItems(referrals.referrals());
    }
}
