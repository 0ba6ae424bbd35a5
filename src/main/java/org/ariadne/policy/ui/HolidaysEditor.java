package org.ariadne.policy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.ariadne.policy.PolicyProfile;
import org.ariadne.policy.PolicyService;
import org.ariadne.policy.PublicHolidays;

/**
 * The public holidays that working-day deadlines skip. Dates are added, removed or imported into a
 * list being edited, then saved together as one new version.
 */
class HolidaysEditor extends VerticalLayout {

    private static final int MAX_LINES_NAMED = 10;
    private static final int ROWS_SHOWN = 12;

    private final DatePicker date = new DatePicker();
    private final Grid<LocalDate> grid = new Grid<>();
    private final Paragraph status = new Paragraph();
    private final Paragraph readReport = new Paragraph();
    private final Button save = new Button();
    private final Button discard = new Button();
    private final TreeSet<LocalDate> editing = new TreeSet<>();
    private SortedSet<LocalDate> saved = new TreeSet<>();
    private Set<DayOfWeek> weekend = Set.of();

    HolidaysEditor(PolicyService policy, PolicyChanges changes) {
        setPadding(false);
        date.setId("holiday-date");
        date.setLabel(getTranslation("policy.holidays.date"));
        date.setMin(PublicHolidays.FIRST);
        date.setMax(PublicHolidays.LAST);
        date.setManualValidation(true);
        var add = new Button(getTranslation("policy.holidays.add"), VaadinIcon.PLUS.create(), e -> addTyped());
        add.setId("holiday-add");
        var adding = new HorizontalLayout(date, add);
        adding.setAlignItems(FlexComponent.Alignment.BASELINE);
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
        grid.addColumn(format::format).setHeader(getTranslation("policy.holidays.date")).setWidth("220px").setFlexGrow(0);
        grid.addColumn(d -> Days.name(d.getDayOfWeek(), getLocale())).setHeader(getTranslation("policy.holidays.weekday"))
                .setWidth("180px").setFlexGrow(0);
        grid.addColumn(d -> weekend.contains(d.getDayOfWeek()) ? getTranslation("policy.holidays.on-weekend")
                : saved.contains(d) ? "" : getTranslation("policy.holidays.not-saved")).setFlexGrow(1);
        grid.addComponentColumn(this::removeButton).setWidth("80px").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("policy.holidays.none"));
        grid.setId("holidays");
        save.setText(getTranslation("policy.holidays.save"));
        save.setId("save-holidays");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> changes.run((from, latest) -> policy.changePublicHolidays(editing, from, latest),
                Map.of("publicHolidays", date)));
        discard.setText(getTranslation("policy.discard"));
        discard.setId("discard-holidays");
        discard.addClickListener(e -> reset());
        status.addClassName("policy-pending");
        readReport.addClassName("policy-pending");
        readReport.setId("holidays-read-report");
        add(new Paragraph(getTranslation("policy.holidays.intro")), adding, grid,
                new HolidayImport(this::imported, readReport), status, new HorizontalLayout(save, discard));
    }

    void show(PolicyProfile basis) {
        saved = basis.publicHolidays();
        weekend = basis.clocks().weekend();
        reset();
    }

    private void reset() {
        editing.clear();
        editing.addAll(saved);
        date.clear();
        date.setInvalid(false);
        readReport.setText("");
        refresh();
    }

    private void addTyped() {
        LocalDate day = date.getValue();
        String error = day == null ? "common.error.required"
                : !PublicHolidays.accepts(day) ? "policy.holidays.error.range"
                : editing.contains(day) ? "policy.holidays.error.listed" : null;
        if (error != null) {
            date.setErrorMessage(getTranslation(error, day, PublicHolidays.FIRST, PublicHolidays.LAST));
            date.setInvalid(true);
            return;
        }
        date.setInvalid(false);
        editing.add(day);
        date.clear();
        refresh();
    }

    private void imported(PublicHolidays.Reading reading) {
        int before = editing.size();
        editing.addAll(reading.dates());
        int added = editing.size() - before;
        int known = reading.dates().size() - added;
        List<String> report = new ArrayList<>();
        report.add(reading.dates().isEmpty() ? getTranslation("policy.holidays.none-read")
                : getTranslation("policy.holidays.read-added", added));
        if (known > 0) {
            report.add(getTranslation("policy.holidays.read-known", known));
        }
        if (!reading.unreadLines().isEmpty()) {
            report.add(getTranslation("policy.holidays.read-unread", reading.unreadLines().stream().limit(MAX_LINES_NAMED)
                    .map(String::valueOf).collect(Collectors.joining(", "))
                    + (reading.unreadLines().size() > MAX_LINES_NAMED ? ", …" : "")));
        }
        readReport.setText(String.join(" ", report));
        readReport.setClassName("policy-warning", reading.dates().isEmpty() || !reading.unreadLines().isEmpty());
        refresh();
    }

    private Button removeButton(LocalDate day) {
        var remove = new Button(VaadinIcon.TRASH.create(), e -> {
            editing.remove(day);
            refresh();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("policy.holidays.remove", day));
        remove.setTooltipText(getTranslation("policy.holidays.remove", day));
        remove.setId("holiday-remove-" + day);
        return remove;
    }

    private void refresh() {
        grid.setItems(new ArrayList<>(editing));
        grid.setAllRowsVisible(editing.size() <= ROWS_SHOWN);
        grid.setHeight(editing.size() <= ROWS_SHOWN ? null : "420px");
        long added = editing.stream().filter(d -> !saved.contains(d)).count();
        long removed = saved.stream().filter(d -> !editing.contains(d)).count();
        boolean pending = added + removed > 0;
        status.setText(pending ? getTranslation("policy.holidays.pending", added, removed)
                : getTranslation("policy.holidays.count", editing.size()));
        save.setEnabled(pending);
        discard.setEnabled(pending);
    }

}
