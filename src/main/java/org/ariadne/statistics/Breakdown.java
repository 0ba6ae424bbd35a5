package org.ariadne.statistics;

import java.util.List;
import org.ariadne.statistics.disclosure.ProtectedTable;
import org.ariadne.statistics.disclosure.Shown;
import org.jspecify.annotations.Nullable;

/**
 * One published table: counts by the values of two dimensions (or one, with a single row), after
 * disclosure control. Values are codes; labels come from {@link Dimension#labelKey}.
 *
 * @param id         a stable name for the table within its publication (e.g. "sex-by-form")
 * @param rows       the row dimension, or null for a single row
 * @param rowValues  the row codes ("ALL" for a single row; group codes for grouped tables)
 */
public record Breakdown(String id, @Nullable Dimension rows, Dimension columns, List<String> rowValues,
                        List<String> columnValues, ProtectedTable table) {

    public Breakdown {
        rowValues = List.copyOf(rowValues);
        columnValues = List.copyOf(columnValues);
    }

    public Shown cell(String rowValue, String columnValue) {
        return table.cell(rowValues.indexOf(rowValue), columnValues.indexOf(columnValue));
    }

    public Shown column(String columnValue) {
        return table.columnTotal(columnValues.indexOf(columnValue));
    }

    public Shown row(String rowValue) {
        return table.rowTotal(rowValues.indexOf(rowValue));
    }

    public Shown total() {
        return table.total();
    }

    /** Whether the row values are groups of the column values (a hierarchy published as one table). */
    public boolean grouped() {
        return rows == null && rowValues.size() > 1;
    }
}
