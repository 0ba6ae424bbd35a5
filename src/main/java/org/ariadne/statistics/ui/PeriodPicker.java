package org.ariadne.statistics.ui;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.ariadne.statistics.Period;
import org.jspecify.annotations.Nullable;

/** Chooses a reporting period: a year, a quarter, or a custom range of whole months. */
class PeriodPicker extends CustomField<Period> {

    enum Kind {
        YEAR,
        QUARTER,
        CUSTOM
    }

    private final Select<Kind> kind = new Select<>();
    private final Select<Integer> year = new Select<>();
    private final Select<Integer> quarter = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();

    PeriodPicker(String label, List<Integer> years, int selectedYear) {
        setLabel(label);
        kind.setItems(Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("statistics.period." + k.name()));
        kind.setValue(Kind.YEAR);
        kind.setAriaLabel(getTranslation("statistics.period.kind"));
        year.setItems(years);
        year.setValue(selectedYear);
        year.setAriaLabel(getTranslation("statistics.period.year"));
        year.setWidth("7em");
        quarter.setItems(1, 2, 3, 4);
        quarter.setItemLabelGenerator(q -> getTranslation("statistics.period.quarter-n", q));
        quarter.setValue(1);
        quarter.setAriaLabel(getTranslation("statistics.period.quarter"));
        quarter.setWidth("7em");
        from.setAriaLabel(getTranslation("statistics.period.from"));
        to.setAriaLabel(getTranslation("statistics.period.to"));
        from.setPlaceholder(getTranslation("statistics.period.from"));
        to.setPlaceholder(getTranslation("statistics.period.to"));
        from.setValue(LocalDate.of(selectedYear, 1, 1));
        to.setValue(LocalDate.of(selectedYear, 12, 31));
        var row = new HorizontalLayout(kind, year, quarter, from, to);
        row.setSpacing(true);
        row.setPadding(false);
        add(row);
        kind.addValueChangeListener(e -> {
            visibility();
            updateValue();
        });
        year.addValueChangeListener(e -> updateValue());
        quarter.addValueChangeListener(e -> updateValue());
        from.addValueChangeListener(e -> updateValue());
        to.addValueChangeListener(e -> updateValue());
        visibility();
        updateValue();
    }

    void setYear(int value) {
        year.setValue(value);
    }

    private void visibility() {
        Kind k = kind.getValue();
        year.setVisible(k != Kind.CUSTOM);
        quarter.setVisible(k == Kind.QUARTER);
        from.setVisible(k == Kind.CUSTOM);
        to.setVisible(k == Kind.CUSTOM);
    }

    private org.ariadne.common.@Nullable TranslatableException problem;

    /** The chosen period; refuses, with a translated message, when none or an impossible one is chosen. */
    Period required() {
        if (problem != null) {
            throw problem;
        }
        Period value = getValue();
        if (value == null) {
            throw new org.ariadne.common.InvalidInputException("period", "statistics.error.period-missing");
        }
        return value;
    }

    @Override
    protected @Nullable Period generateModelValue() {
        problem = null;
        try {
            return period();
        } catch (org.ariadne.common.TranslatableException e) {
            problem = e;
            return null;
        }
    }

    private @Nullable Period period() {
        return switch (kind.getValue()) {
            case YEAR -> year.getValue() == null ? null : Period.year(year.getValue());
            case QUARTER -> year.getValue() == null ? null : Period.quarter(year.getValue(), quarter.getValue());
            case CUSTOM -> from.getValue() == null || to.getValue() == null ? null
                    : new Period(YearMonth.from(from.getValue()), YearMonth.from(to.getValue()));
        };
    }

    @Override
    protected void setPresentationValue(@Nullable Period period) {
        if (period == null) {
            return;
        }
        kind.setValue(Kind.CUSTOM);
        from.setValue(period.firstDay());
        to.setValue(period.to().atEndOfMonth());
    }
}
