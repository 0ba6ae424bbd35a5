package org.ariadne.indicators.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.ariadne.common.ui.Feedback;
import org.ariadne.indicators.CatalogueSummary;
import org.ariadne.indicators.ImportProblem;
import org.ariadne.indicators.IndicatorService;
import org.ariadne.indicators.ListType;
import org.ariadne.indicators.io.CatalogueReader;
import org.ariadne.security.Role;

/**
 * Catalogue versions: import a new one (JSON or CSV, checked, with every problem listed) and
 * choose which version new assessments use. Past assessments keep the version they used.
 */
@Route("admin/catalogues")
@RolesAllowed(Role.Names.ADMIN)
@Menu(order = 92, title = "nav.catalogues", icon = "vaadin:list-select")
class CatalogueListView extends VerticalLayout implements HasDynamicTitle {

    private final IndicatorService indicators;
    private final Grid<CatalogueSummary> grid = new Grid<>();
    private final ComboBox<ListType> listType = new ComboBox<>();
    private final TextField title = new TextField();
    private final TextField source = new TextField();
    private final TextField sufficiency = new TextField();
    private final TextField adultRule = new TextField();
    private final TextField childRule = new TextField();
    private final Div problems = new Div();

    CatalogueListView(IndicatorService indicators) {
        this.indicators = indicators;
        setWidthFull();
        configureGrid();
        add(grid, importSection());
        refresh();
    }

    private void configureGrid() {
        grid.addColumn(c -> getTranslation("indicators.list." + c.listType().name()))
                .setHeader(getTranslation("indicators.admin.list-type")).setAutoWidth(true);
        grid.addColumn(CatalogueSummary::version).setHeader(getTranslation("indicators.admin.version")).setAutoWidth(true);
        grid.addColumn(CatalogueSummary::title).setHeader(getTranslation("indicators.admin.title")).setFlexGrow(2);
        grid.addColumn(c -> getTranslation("indicators.status." + c.status()))
                .setHeader(getTranslation("indicators.admin.status")).setAutoWidth(true);
        grid.addColumn(CatalogueSummary::indicatorCount).setHeader(getTranslation("indicators.admin.count"))
                .setAutoWidth(true);
        grid.addColumn(c -> getTranslation(c.inUse() ? "cases.details.yes" : "cases.details.no"))
                .setHeader(getTranslation("indicators.admin.in-use")).setAutoWidth(true);
        grid.addComponentColumn(c -> {
            var activate = new Button(getTranslation("indicators.admin.activate"), e -> {
                indicators.activate(c.code());
                Feedback.success(this, "indicators.admin.activated", c.code());
                refresh();
            });
            activate.setEnabled(!"ACTIVE".equals(c.status()));
            return activate;
        }).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
    }

    private VerticalLayout importSection() {
        listType.setLabel(getTranslation("indicators.admin.list-type"));
        listType.setItems(ListType.values());
        listType.setItemLabelGenerator(t -> getTranslation("indicators.list." + t.name()));
        listType.setValue(ListType.ADULT_LABOUR);
        title.setLabel(getTranslation("indicators.admin.title"));
        source.setLabel(getTranslation("indicators.admin.source"));
        sufficiency.setLabel(getTranslation("indicators.admin.sufficiency"));
        sufficiency.setValue("S2;S1+MW1;M3;M2+W1");
        adultRule.setLabel(getTranslation("indicators.admin.adult-rule"));
        adultRule.setValue("D1|D2|D3;D4;D5|D6");
        childRule.setLabel(getTranslation("indicators.admin.child-rule"));
        childRule.setValue("D4");
        var upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
            String name = metadata.fileName() == null ? "" : metadata.fileName().toLowerCase(java.util.Locale.ROOT);
            UI ui = UI.getCurrent();
            ui.access(() -> importFile(name, data));
        }));
        upload.setAcceptedFileTypes(".json", ".csv", "application/json", "text/csv");
        upload.setMaxFileSize(2 * 1024 * 1024);
        upload.setId("catalogue-upload");
        var form = new FormLayout(listType, title, source, sufficiency, adultRule, childRule);
        problems.addClassName("import-problems");
        return new VerticalLayout(new H3(getTranslation("indicators.admin.import")), form, upload, problems);
    }

    void importFile(String fileName, byte[] data) {
        CatalogueReader.Result result = fileName.endsWith(".json") ? CatalogueReader.fromJson(data)
                : CatalogueReader.fromCsv(data, new CatalogueReader.Metadata(listType.getValue(), title.getValue(),
                source.getValue(), sufficiency.getValue(), adultRule.getValue(), childRule.getValue()));
        problems.removeAll();
        if (result.draft() == null) {
            Feedback.error(this, "indicators.admin.import-failed", result.problems().size());
            showProblems(result.problems());
            return;
        }
        String code = indicators.importCatalogue(result.draft());
        Feedback.success(this, "indicators.admin.imported", code);
        refresh();
    }

    private void showProblems(List<ImportProblem> list) {
        var items = new UnorderedList();
        for (ImportProblem p : list) {
            items.add(new ListItem(getTranslation("indicators.admin.problem-line", p.line(), p.field(),
                    getTranslation(p.key(), p.arguments().toArray()))));
        }
        problems.add(items);
    }

    private void refresh() {
        grid.setItems(indicators.catalogues());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.catalogues") + " · " + getTranslation("app.name");
    }
}
