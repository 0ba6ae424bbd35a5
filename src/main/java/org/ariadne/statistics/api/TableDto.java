package org.ariadne.statistics.api;

import java.util.ArrayList;
import java.util.List;
import org.ariadne.statistics.Breakdown;
import org.ariadne.statistics.disclosure.DisclosureNote;
import org.ariadne.statistics.disclosure.ProtectedTable;
import org.jspecify.annotations.Nullable;

/**
 * A protected table as the API publishes it: a null count is suppressed. Nothing tells a primary
 * from a secondary suppression.
 */
record TableDto(String id, @Nullable String rows, String columns, List<String> rowValues, List<String> columnValues,
                List<List<@Nullable Long>> cells, List<@Nullable Long> rowTotals, List<@Nullable Long> columnTotals,
                @Nullable Long total, DisclosureDto disclosure) {

    record DisclosureDto(int k, int roundingBase, int suppressedCells, String note) {

        static DisclosureDto of(DisclosureNote note, String text) {
            return new DisclosureDto(note.k(), note.roundingBase(), note.suppressedCells(), text);
        }
    }

    static TableDto of(Breakdown b, String note) {
        ProtectedTable t = b.table();
        List<List<@Nullable Long>> cells = new ArrayList<>();
        List<@Nullable Long> rowTotals = new ArrayList<>();
        for (int i = 0; i < t.rows(); i++) {
            List<@Nullable Long> row = new ArrayList<>();
            for (int j = 0; j < t.columns(); j++) {
                row.add(t.cell(i, j).value());
            }
            cells.add(row);
            rowTotals.add(t.rowTotal(i).value());
        }
        List<@Nullable Long> columnTotals = new ArrayList<>();
        for (int j = 0; j < t.columns(); j++) {
            columnTotals.add(t.columnTotal(j).value());
        }
        return new TableDto(b.id(), b.rows() == null ? null : b.rows().name(), b.columns().name(), b.rowValues(),
                b.columnValues(), cells, rowTotals, columnTotals, t.total().value(), DisclosureDto.of(t.note(), note));
    }
}
