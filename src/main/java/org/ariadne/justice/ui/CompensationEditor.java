package org.ariadne.justice.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ariadne.justice.CompensationClaim;
import org.ariadne.justice.CompensationSource;
import org.ariadne.justice.JusticeRecord;

/** Compensation per source: claimed, awarded, paid, and an optional amount with its currency. */
class CompensationEditor extends VerticalLayout {

    private static final List<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).sorted().toList();

    record Row(Checkbox claimed, Checkbox awarded, Checkbox paid, BigDecimalField amount, ComboBox<String> currency,
               Span error) {
    }

    final Map<CompensationSource, Row> rows = new EnumMap<>(CompensationSource.class);

    CompensationEditor(JusticeRecord record) {
        setPadding(false);
        setSpacing(false);
        for (CompensationSource source : CompensationSource.values()) {
            add(row(source, record.claim(source)));
        }
    }

    private VerticalLayout row(CompensationSource source, CompensationClaim claim) {
        var label = new Span(getTranslation(source.messageKey()));
        label.addClassName("justice-source");
        label.setWidth("12em");
        var claimed = new Checkbox(getTranslation("justice.compensation.claimed"), claim.claimed());
        var awarded = new Checkbox(getTranslation("justice.compensation.awarded"), claim.awarded());
        var paid = new Checkbox(getTranslation("justice.compensation.paid"), claim.paid());
        var amount = new BigDecimalField(getTranslation("justice.compensation.amount"));
        amount.setValue(claim.amount());
        amount.setWidth("9em");
        amount.setId("justice-amount-" + source.name());
        var currency = new ComboBox<String>(getTranslation("justice.compensation.currency"));
        currency.setItems(CURRENCIES);
        currency.setValue(claim.currency());
        currency.setWidth("7em");
        currency.setId("justice-currency-" + source.name());
        var error = new Span();
        error.addClassName("field-error");
        error.setVisible(false);
        var line = new HorizontalLayout(label, claimed, awarded, paid, amount, currency);
        line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        line.setWrap(true);
        rows.put(source, new Row(claimed, awarded, paid, amount, currency, error));
        var row = new VerticalLayout(line, error);
        row.setPadding(false);
        row.setSpacing(false);
        row.setId("justice-compensation-" + source.name());
        return row;
    }

    List<CompensationClaim> value() {
        return rows.entrySet().stream().map(e -> new CompensationClaim(e.getKey(), e.getValue().claimed().getValue(),
                e.getValue().awarded().getValue(), e.getValue().paid().getValue(), e.getValue().amount().getValue(),
                e.getValue().currency().getValue())).toList();
    }

    void clearErrors() {
        rows.values().forEach(r -> {
            r.amount().setInvalid(false);
            r.currency().setInvalid(false);
            r.error().setVisible(false);
        });
    }

    boolean show(String field, String message) {
        for (var entry : rows.entrySet()) {
            String prefix = "compensation." + entry.getKey().name();
            Row row = entry.getValue();
            if (field.equals(prefix + ".amount")) {
                row.amount().setErrorMessage(message);
                row.amount().setInvalid(true);
                return true;
            }
            if (field.equals(prefix + ".currency")) {
                row.currency().setErrorMessage(message);
                row.currency().setInvalid(true);
                return true;
            }
            if (field.startsWith(prefix)) {
                row.error().setText(message);
                row.error().setVisible(true);
                return true;
            }
        }
        return false;
    }
}
