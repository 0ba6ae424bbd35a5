package org.ariadne.statistics.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import org.ariadne.statistics.Breakdown;
import org.ariadne.statistics.Dimension;
import org.ariadne.statistics.disclosure.DisclosureNote;
import org.ariadne.statistics.disclosure.Shown;
import org.jspecify.annotations.Nullable;

/** Labels and formatted figures for statistics screens; a hidden count is always shown the same way. */
final class Labels {

    private Labels() {
    }

    static String value(Component ui, @Nullable Dimension dimension, String code) {
        if (dimension == null) {
            return ui.getTranslation(code.startsWith("statistics.") ? code : "statistics.value." + code);
        }
        return dimension.labelIsKey(code) ? ui.getTranslation(dimension.labelKey(code)) : code;
    }

    static List<String> columns(Component ui, Breakdown b) {
        return b.columnValues().stream().map(v -> value(ui, b.columns(), v)).toList();
    }

    static List<String> rows(Component ui, Breakdown b) {
        return b.rowValues().stream().map(v -> value(ui, b.rows(), v)).toList();
    }

    static String count(Component ui, Shown shown) {
        return shown.suppressed() ? ui.getTranslation("statistics.suppressed-mark") : String.format("%,d", shown.value());
    }

    static String note(Component ui, DisclosureNote note) {
        String text = note.roundingBase() > 1
                ? ui.getTranslation("statistics.note.rounded", note.k(), note.k() - 1, note.roundingBase())
                : ui.getTranslation("statistics.note", note.k(), note.k() - 1);
        return text + " " + ui.getTranslation("statistics.note.mark", ui.getTranslation("statistics.suppressed-mark"));
    }

    static String share(Component ui, Shown part, Shown whole) {
        if (part.suppressed() || whole.suppressed()) {
            return ui.getTranslation("statistics.suppressed-mark");
        }
        if (whole.orElse(0) == 0) {
            return "–";
        }
        return String.format("%.1f %%", 100.0 * part.orElse(0) / whole.orElse(0));
    }
}
