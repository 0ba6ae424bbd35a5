package org.ariadne.statistics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.ariadne.common.SpreadsheetSafe;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the national answer set as CSV, XLSX or JSON. Each row names the disclosure control
 * applied (k and rounding base) so that no copy of a figure travels without it; text cells are
 * neutralised against formula injection.
 */
final class AnswerSetWriter {

    static final List<String> HEADER = List.of("period", "code", "kind", "item", "label", "value", "unit", "numerator",
            "denominator", "suppressed", "method", "annotation", "review_status", "disclosure_k", "rounding_base");

    interface Translator {
        String translate(String key, Object... args);
    }

    private final Translator t;

    AnswerSetWriter(Translator translator) {
        this.t = translator;
    }

    byte[] write(IndicatorSet set, ExportFormat format) {
        List<List<String>> rows = rows(set);
        return switch (format) {
            case CSV -> csv(rows);
            case XLSX -> xlsx(rows, set);
            case JSON -> json(rows, set);
        };
    }

    private List<List<String>> rows(IndicatorSet set) {
        List<List<String>> rows = new ArrayList<>();
        for (Indicator indicator : set.indicators()) {
            for (IndicatorLine line : indicator.lines()) {
                rows.add(List.of(set.query().period().label(), indicator.code(), indicator.kind().name(), line.item(),
                        line.argumentKey() == null ? t.translate(line.itemKey())
                                : t.translate(line.itemKey(), t.translate(line.argumentKey())),
                        number(line.value()), line.unit().name(),
                        shown(line.numerator().value()),
                        line.denominator() == null ? "" : shown(line.denominator().value()),
                        Boolean.toString(line.suppressed()), t.translate(indicator.methodKey()),
                        indicator.annotation() == null ? "" : indicator.annotation(), set.status().name(),
                        Integer.toString(set.note().k()), Integer.toString(set.note().roundingBase())));
            }
            for (JurFact fact : indicator.jurisdiction()) {
                rows.add(List.of(set.query().period().label(), indicator.code(), "JUR", fact.key(), jur(fact), "", "",
                        "", "", "false", t.translate(indicator.methodKey()),
                        indicator.annotation() == null ? "" : indicator.annotation(), set.status().name(),
                        Integer.toString(set.note().k()), Integer.toString(set.note().roundingBase())));
            }
        }
        return rows;
    }

    String jur(JurFact fact) {
        String actors = String.join(", ", fact.actorTypes().stream().map(a -> t.translate("actor-type." + a)).toList());
        return t.translate(fact.key(), actors);
    }

    private static String number(@Nullable Double value) {
        if (value == null) {
            return "";
        }
        return value == Math.rint(value) ? Long.toString(value.longValue()) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String shown(@Nullable Long value) {
        return value == null ? "" : Long.toString(value);
    }

    private static byte[] csv(List<List<String>> rows) {
        var out = new ByteArrayOutputStream();
        try (var printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
            printer.printRecord(HEADER);
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(SpreadsheetSafe::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private byte[] xlsx(List<List<String>> rows, IndicatorSet set) {
        var out = new ByteArrayOutputStream();
        try {
            var workbook = new Workbook(out, "Ariadne", "1.0");
            Worksheet sheet = workbook.newWorksheet(t.translate("statistics.export.sheet"));
            for (int c = 0; c < HEADER.size(); c++) {
                sheet.value(0, c, HEADER.get(c));
                sheet.style(0, c).bold().set();
            }
            for (int r = 0; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    String v = row.get(c);
                    boolean numeric = (c == 5 || c == 7 || c == 8) && !v.isEmpty();
                    if (numeric) {
                        sheet.value(r + 1, c, Double.parseDouble(v));
                    } else {
                        sheet.value(r + 1, c, SpreadsheetSafe.cell(v));
                    }
                }
            }
            Worksheet about = workbook.newWorksheet(t.translate("statistics.export.about"));
            about.value(0, 0, note(set));
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private byte[] json(List<List<String>> rows, IndicatorSet set) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("period", set.query().period().label());
        root.put("reviewStatus", set.status().name());
        root.put("disclosureControl", Map.of("k", set.note().k(), "roundingBase", set.note().roundingBase(),
                "note", note(set)));
        List<Map<String, String>> lines = new ArrayList<>();
        for (List<String> row : rows) {
            Map<String, String> line = new LinkedHashMap<>();
            for (int c = 0; c < HEADER.size(); c++) {
                line.put(HEADER.get(c), row.get(c));
            }
            lines.add(line);
        }
        root.put("lines", lines);
        return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    }

    String note(IndicatorSet set) {
        return set.note().roundingBase() > 1
                ? t.translate("statistics.note.rounded", set.note().k(), set.note().k() - 1, set.note().roundingBase())
                : t.translate("statistics.note", set.note().k(), set.note().k() - 1);
    }
}
