package org.ariadne.cases.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.stream.Collectors;
import org.ariadne.cases.BreakGlassGrant;
import org.ariadne.cases.CasePrivacyService;
import org.ariadne.cases.CaseService;
import org.ariadne.cases.RetentionReport;
import org.ariadne.common.TranslatableException;
import org.ariadne.common.ui.Feedback;
import org.ariadne.security.Role;

/** The DPO's privacy duties: retention (dry run first), legal holds, subject access and erasure, break-glass log. */
@Route("privacy")
@RolesAllowed(Role.Names.DPO)
@Menu(order = 81, title = "nav.privacy", icon = "vaadin:user-card")
class PrivacyView extends VerticalLayout implements HasDynamicTitle {

    private final CasePrivacyService privacy;
    private final Paragraph retentionResult = new Paragraph();
    private final Button runRetention = new Button();
    private final TextField holdCode = new TextField();
    private final TextField name = new TextField();
    private final DatePicker dateOfBirth = new DatePicker();
    private final Paragraph found = new Paragraph();

    PrivacyView(CasePrivacyService privacy, CaseService cases) {
        this.privacy = privacy;
        setMaxWidth("1100px");
        var storageResult = new Paragraph();
        var check = new Button(getTranslation("privacy.storage.check"), e -> {
            var status = privacy.encryptionStatus();
            storageResult.setText(getTranslation(status.notEncrypted() == 0 ? "privacy.storage.ok" : "privacy.storage.bad",
                    status.cases(), status.notEncrypted(), status.sampled(), status.underCurrentKey()));
        });
        check.setId("storage-check");
        add(new H3(getTranslation("privacy.storage")), new HorizontalLayout(check), storageResult,
                new H3(getTranslation("privacy.retention")), retention(), new H3(getTranslation("privacy.hold")), hold(),
                new H3(getTranslation("privacy.subject")), subjectAccess(), new H3(getTranslation("privacy.break-glass")),
                breakGlassLog(cases));
    }

    private VerticalLayout retention() {
        var dryRun = new Button(getTranslation("privacy.retention.dry-run"), e -> show(privacy.retentionDryRun()));
        dryRun.setId("retention-dry-run");
        runRetention.setText(getTranslation("privacy.retention.run"));
        runRetention.addThemeVariants(ButtonVariant.LUMO_ERROR);
        runRetention.setEnabled(false);
        runRetention.setId("retention-run");
        runRetention.addClickListener(e -> {
            show(privacy.retentionRun());
            runRetention.setEnabled(false);
        });
        return new VerticalLayout(new Paragraph(getTranslation("privacy.retention.help")),
                new HorizontalLayout(dryRun, runRetention), retentionResult);
    }

    private void show(RetentionReport report) {
        String codes = report.toAnonymise().stream().limit(20).map(c -> c.value()).collect(Collectors.joining(", "));
        retentionResult.setText(getTranslation(report.applied() ? "privacy.retention.done" : "privacy.retention.plan",
                report.toAnonymise().size(), report.heldBack(), report.closedBefore(), report.draftsBefore(), codes));
        runRetention.setEnabled(!report.applied() && !report.toAnonymise().isEmpty());
    }

    private HorizontalLayout hold() {
        holdCode.setLabel(getTranslation("cases.list.search"));
        var place = new Button(getTranslation("privacy.hold.place"), e -> setHold(true));
        var lift = new Button(getTranslation("privacy.hold.lift"), e -> setHold(false));
        var row = new HorizontalLayout(holdCode, place, lift);
        row.setAlignItems(Alignment.BASELINE);
        return row;
    }

    private void setHold(boolean hold) {
        try {
            privacy.setLegalHold(CaseCodes.parse(holdCode.getValue().strip()), hold);
            Feedback.success(this, hold ? "privacy.hold.placed" : "privacy.hold.lifted", holdCode.getValue().strip());
        } catch (TranslatableException e) {
            Feedback.refused(this, e, Map.of());
        }
    }

    private VerticalLayout subjectAccess() {
        name.setLabel(getTranslation("cases.person.name"));
        name.setId("subject-name");
        dateOfBirth.setLabel(getTranslation("cases.person.date-of-birth"));
        dateOfBirth.setId("subject-dob");
        var find = new Button(getTranslation("privacy.subject.find"), e -> find());
        find.setId("subject-find");
        var download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] data = privacy.subjectAccessJson(name.getValue(), dateOfBirth.getValue());
            return new DownloadResponse(new ByteArrayInputStream(data), "subject-access.json", "application/json",
                    data.length);
        }), getTranslation("privacy.subject.download"));
        download.getElement().setAttribute("download", true);
        var readable = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] data = privacy.subjectAccessText(name.getValue(), dateOfBirth.getValue())
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(data), "subject-access.txt", "text/plain", data.length);
        }), getTranslation("privacy.subject.download-text"));
        readable.getElement().setAttribute("download", true);
        var erase = new Button(getTranslation("privacy.subject.erase"), e -> erase());
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var row = new HorizontalLayout(name, dateOfBirth, find, download, readable, erase);
        row.setAlignItems(Alignment.BASELINE);
        row.setWrap(true);
        return new VerticalLayout(new Paragraph(getTranslation("privacy.subject.help")), row, found);
    }

    private void find() {
        try {
            var codes = privacy.findPerson(name.getValue(), dateOfBirth.getValue());
            found.setText(getTranslation("privacy.subject.found", codes.size(),
                    codes.stream().map(c -> c.value()).collect(Collectors.joining(", "))));
        } catch (TranslatableException e) {
            Feedback.refused(this, e, Map.of("name", name, "dateOfBirth", dateOfBirth));
        }
    }

    private void erase() {
        try {
            var erased = privacy.erase(name.getValue(), dateOfBirth.getValue());
            found.setText(getTranslation("privacy.subject.erased", erased.size()));
        } catch (TranslatableException e) {
            Feedback.refused(this, e, Map.of("name", name, "dateOfBirth", dateOfBirth));
        }
    }

    private Grid<BreakGlassGrant> breakGlassLog(CaseService cases) {
        var grid = new Grid<BreakGlassGrant>();
        grid.addColumn(g -> g.code().value()).setHeader(getTranslation("cases.column.code")).setAutoWidth(true);
        grid.addColumn(BreakGlassGrant::username).setHeader(getTranslation("audit.user")).setAutoWidth(true);
        grid.addColumn(BreakGlassGrant::organisationCode).setHeader(getTranslation("audit.organisation"))
                .setAutoWidth(true);
        grid.addColumn(g -> g.grantedAt().toString()).setHeader(getTranslation("audit.time")).setAutoWidth(true);
        grid.addColumn(BreakGlassGrant::reason).setHeader(getTranslation("audit.reason")).setFlexGrow(1);
        grid.setItems(cases.breakGlassLog());
        grid.setAllRowsVisible(true);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.privacy") + " · " + getTranslation("app.name");
    }
}
