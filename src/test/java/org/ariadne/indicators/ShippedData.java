package org.ariadne.indicators;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference CSV files as Liquibase loads them, read straight from the classpath so that data
 * checks need no database. The parser follows RFC 4180 (quoted fields, doubled quotes, CRLF).
 */
final class ShippedData {

    static final String FOLDER = "/db/changelog/data/indicators/";

    /** The rules the shipped catalogues carry (indicators.md; the schema changeset inserts the same). */
    static final String SUFFICIENCY = "S2;S1+MW1;M3;M2+W1";
    static final String ADULT_RULE = "D1|D2|D3;D4;D5|D6";
    static final String CHILD_RULE = "D4";

    private ShippedData() {
    }

    static List<Map<String, String>> rows(String file) {
        List<List<String>> records = parse(read(file));
        List<String> header = records.getFirst();
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            if (record.size() != header.size()) {
                throw new IllegalStateException(file + ": " + record.size() + " fields in " + record);
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), record.get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    static List<Map<String, String>> indicatorRows(String catalogueCode) {
        return rows("indicators.csv").stream().filter(r -> r.get("catalogue_code").equals(catalogueCode)).toList();
    }

    /** An item's identity across lists: its dimension and English wording. */
    static String key(Map<String, String> row) {
        return row.get("dimension") + " " + row.get("label_en");
    }

    /** A shipped catalogue as the assessor sees it, with the default rules of indicators.md. */
    static Catalogue catalogue(String code, ListType type) {
        List<Indicator> indicators = indicatorRows(code).stream().map(r -> new Indicator(r.get("code"),
                Dimension.valueOf(r.get("dimension")), Strength.valueOf(r.get("strength")),
                Boolean.parseBoolean(r.get("unverified")),
                new Labels(r.get("label_en"), r.get("label_fr"), r.get("label_ru")))).toList();
        return new Catalogue(code, type, 1, code, false, false, SufficiencyRule.parse(SUFFICIENCY),
                DimensionRule.parse(ADULT_RULE), DimensionRule.parse(CHILD_RULE), indicators);
    }

    private static String read(String file) {
        try (InputStream in = ShippedData.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("not on the classpath: " + FOLDER + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (!field.isEmpty() || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
