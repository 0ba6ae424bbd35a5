package org.ariadne.indicators.io;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.ariadne.indicators.CatalogueDraft;
import org.ariadne.indicators.Dimension;
import org.ariadne.indicators.DimensionRule;
import org.ariadne.indicators.ImportProblem;
import org.ariadne.indicators.Indicator;
import org.ariadne.indicators.Labels;
import org.ariadne.indicators.ListType;
import org.ariadne.indicators.Strength;
import org.ariadne.indicators.SufficiencyRule;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a catalogue version from JSON (metadata and indicators) or CSV (indicators; the metadata
 * comes from the import form). Collects every problem instead of stopping at the first, so an
 * administrator can fix a file in one go.
 */
public final class CatalogueReader {

    /** The outcome: a draft when there is no problem, the problems otherwise. */
    public record Result(@Nullable CatalogueDraft draft, List<ImportProblem> problems) {

        public Result {
            problems = List.copyOf(problems);
        }
    }

    /** Metadata for a CSV file, which carries only indicators. */
    public record Metadata(ListType listType, String title, String source, String sufficiency, String adultRule,
                           String childRule) {
    }

    static final List<String> CSV_HEADER = List.of("code", "dimension", "strength", "unverified", "label_en",
            "label_fr", "label_ru");
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,39}");
    private static final int MAX_LABEL = 300;

    private CatalogueReader() {
    }

    public static Result fromJson(byte[] content) {
        List<ImportProblem> problems = new ArrayList<>();
        JsonNode root;
        try {
            root = JsonMapper.builder().build().readTree(new String(content, StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            return new Result(null, List.of(ImportProblem.of(0, "file", "indicators.import.error.unreadable")));
        }
        ListType type = enumValue(ListType.class, text(root, "listType"), 0, "listType", problems);
        var metadata = type == null ? null : new Metadata(type, text(root, "title"), text(root, "source"),
                text(root, "sufficiencyRule"), text(root, "adultRule"), text(root, "childRule"));
        List<Map<String, String>> rows = new ArrayList<>();
        JsonNode list = root.path("indicators");
        for (JsonNode node : list) {
            JsonNode labels = node.path("labels");
            rows.add(Map.of("code", text(node, "code"), "dimension", text(node, "dimension"), "strength",
                    text(node, "strength"), "unverified", text(node, "unverified"), "label_en", text(labels, "en"),
                    "label_fr", text(labels, "fr"), "label_ru", text(labels, "ru")));
        }
        return build(metadata, rows, 1, problems);
    }

    public static Result fromCsv(byte[] content, Metadata metadata) {
        List<ImportProblem> problems = new ArrayList<>();
        List<Map<String, String>> rows = new ArrayList<>();
        try {
            var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
            var parser = format.parse(new StringReader(new String(content, StandardCharsets.UTF_8)));
            if (!parser.getHeaderNames().containsAll(CSV_HEADER)) {
                return new Result(null, List.of(ImportProblem.of(1, "header", "indicators.import.error.header",
                        String.join(",", CSV_HEADER))));
            }
            for (CSVRecord record : parser) {
                rows.add(record.toMap());
            }
        } catch (IOException | RuntimeException e) {
            return new Result(null, List.of(ImportProblem.of(0, "file", "indicators.import.error.unreadable")));
        }
        return build(metadata, rows, 2, problems);
    }

    private static Result build(@Nullable Metadata metadata, List<Map<String, String>> rows, int firstLine,
                                List<ImportProblem> problems) {
        SufficiencyRule sufficiency = null;
        DimensionRule adult = null;
        DimensionRule child = null;
        if (metadata != null) {
            if (metadata.title().isBlank() || metadata.title().length() > 200) {
                problems.add(ImportProblem.of(0, "title", "indicators.import.error.title"));
            }
            sufficiency = rule(() -> SufficiencyRule.parse(metadata.sufficiency()), "sufficiencyRule", problems);
            adult = rule(() -> DimensionRule.parse(metadata.adultRule()), "adultRule", problems);
            child = rule(() -> DimensionRule.parse(metadata.childRule()), "childRule", problems);
        }
        if (rows.isEmpty()) {
            problems.add(ImportProblem.of(0, "indicators", "indicators.import.error.empty"));
        }
        List<Indicator> indicators = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            Indicator indicator = indicator(rows.get(i), firstLine + i, seen, problems);
            if (indicator != null) {
                indicators.add(indicator);
            }
        }
        if (!problems.isEmpty() || metadata == null) {
            return new Result(null, problems);
        }
        return new Result(new CatalogueDraft(metadata.listType(), metadata.title().strip(), metadata.source().strip(),
                sufficiency, adult, child, indicators), problems);
    }

    private static @Nullable Indicator indicator(Map<String, String> row, int line, Set<String> seen,
                                                 List<ImportProblem> problems) {
        int before = problems.size();
        String code = row.getOrDefault("code", "").strip();
        if (!CODE.matcher(code).matches()) {
            problems.add(ImportProblem.of(line, "code", "indicators.import.error.code", code));
        } else if (!seen.add(code)) {
            problems.add(ImportProblem.of(line, "code", "indicators.import.error.duplicate", code));
        }
        Dimension dimension = enumValue(Dimension.class, row.getOrDefault("dimension", ""), line, "dimension", problems);
        Strength strength = enumValue(Strength.class, row.getOrDefault("strength", ""), line, "strength", problems);
        String en = label(row, "label_en", line, problems);
        String fr = label(row, "label_fr", line, problems);
        String ru = label(row, "label_ru", line, problems);
        if (problems.size() > before || dimension == null || strength == null) {
            return null;
        }
        return new Indicator(code, dimension, strength, Boolean.parseBoolean(row.getOrDefault("unverified", "false")),
                new Labels(en, fr, ru));
    }

    private static String label(Map<String, String> row, String field, int line, List<ImportProblem> problems) {
        String value = row.getOrDefault(field, "").strip();
        if (value.isEmpty() || value.length() > MAX_LABEL) {
            problems.add(ImportProblem.of(line, field, "indicators.import.error.label"));
        }
        return value;
    }

    private static <E extends Enum<E>> @Nullable E enumValue(Class<E> type, String value, int line, String field,
                                                            List<ImportProblem> problems) {
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            problems.add(ImportProblem.of(line, field, "indicators.import.error.value", value));
            return null;
        }
    }

    private static <T> @Nullable T rule(java.util.function.Supplier<T> parse, String field, List<ImportProblem> problems) {
        try {
            return parse.get();
        } catch (RuntimeException e) {
            problems.add(ImportProblem.of(0, field, "indicators.import.error.rule"));
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? "" : value.asString();
    }
}
