package org.ariadne.indicators.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.ariadne.indicators.Catalogue;
import org.ariadne.indicators.CatalogueDraft;
import org.ariadne.indicators.CatalogueSummary;
import org.ariadne.indicators.Dimension;
import org.ariadne.indicators.DimensionRule;
import org.ariadne.indicators.IloIndicator;
import org.ariadne.indicators.Indicator;
import org.ariadne.indicators.Labels;
import org.ariadne.indicators.ListType;
import org.ariadne.indicators.Strength;
import org.ariadne.indicators.SufficiencyRule;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads catalogues (reference data, loaded by Liquibase) and keeps them in memory: a catalogue
 * version never changes once used, so the cache needs no invalidation for existing codes.
 */
@Component
public class CatalogueStore {

    private static final Map<ListType, String> PREFIX = Map.of(ListType.ADULT_LABOUR, "AL", ListType.ADULT_SEXUAL,
            "AS", ListType.CHILD_LABOUR, "CL", ListType.CHILD_SEXUAL, "CS");

    private final JdbcTemplate jdbc;
    private final Map<String, Catalogue> cache = new ConcurrentHashMap<>();

    CatalogueStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<CatalogueSummary> summaries() {
        return jdbc.query("SELECT c.code, c.list_type, c.catalogue_version, c.title, c.status, c.unverified, c.in_use,"
                + " (SELECT COUNT(*) FROM indicator i WHERE i.catalogue_code = c.code) AS n"
                + " FROM indicator_catalogue c ORDER BY c.list_type, c.catalogue_version", (rs, i) ->
                new CatalogueSummary(rs.getString(1), ListType.valueOf(rs.getString(2)), rs.getInt(3), rs.getString(4),
                        rs.getString(5), rs.getBoolean(6), rs.getBoolean(7), rs.getInt(8)));
    }

    public Optional<Catalogue> find(String code) {
        Catalogue cached = cache.get(code);
        if (cached != null) {
            return Optional.of(cached);
        }
        List<Catalogue> found = jdbc.query("SELECT code, list_type, catalogue_version, title, unverified, in_use,"
                + " sufficiency_rule, adult_rule, child_rule FROM indicator_catalogue WHERE code = ?", (rs, i) ->
                new Catalogue(rs.getString(1), ListType.valueOf(rs.getString(2)), rs.getInt(3), rs.getString(4),
                        rs.getBoolean(5), rs.getBoolean(6), SufficiencyRule.parse(rs.getString(7)),
                        DimensionRule.parse(rs.getString(8)), DimensionRule.parse(rs.getString(9)),
                        indicators(rs.getString(1))), code);
        found.forEach(c -> cache.put(c.code(), c));
        return found.stream().findFirst();
    }

    /** The newest active version of a list: what new assessments use. */
    public Optional<Catalogue> active(ListType type) {
        List<String> codes = jdbc.queryForList("SELECT code FROM indicator_catalogue WHERE list_type = ? AND status ="
                + " 'ACTIVE' ORDER BY catalogue_version DESC LIMIT 1", String.class, type.name());
        return codes.stream().findFirst().flatMap(this::find);
    }

    /** Marks a version as used: from now on it is immutable. */
    public void markInUse(String code) {
        jdbc.update("UPDATE indicator_catalogue SET in_use = TRUE WHERE code = ? AND in_use = FALSE", code);
    }

    /** Stores a new version of a list as a draft and returns its code. */
    public String insert(CatalogueDraft draft) {
        Integer last = jdbc.queryForObject("SELECT COALESCE(MAX(catalogue_version), 0) FROM indicator_catalogue"
                + " WHERE list_type = ?", Integer.class, draft.listType().name());
        int version = (last == null ? 0 : last) + 1;
        String code = "ILOEC-" + PREFIX.get(draft.listType()) + "-" + version;
        boolean unverified = draft.indicators().stream().anyMatch(Indicator::unverified);
        jdbc.update("INSERT INTO indicator_catalogue (code, list_type, catalogue_version, title, source, status,"
                        + " unverified, sufficiency_rule, adult_rule, child_rule) VALUES (?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?)",
                code, draft.listType().name(), version, draft.title(), draft.source(), unverified,
                draft.sufficiency().toString(), draft.adultRule().toString(), draft.childRule().toString());
        int order = 0;
        for (Indicator i : draft.indicators()) {
            jdbc.update("INSERT INTO indicator (catalogue_code, code, dimension, strength, unverified, label_en, label_fr,"
                            + " label_ru, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", code, i.code(),
                    i.dimension().name(), i.strength().name(), i.unverified(), i.labels().en(), i.labels().fr(),
                    i.labels().ru(), ++order);
        }
        return code;
    }

    /** Makes this version the one new assessments use; the previous active version of the list retires. */
    public void activate(String code, ListType type) {
        jdbc.update("UPDATE indicator_catalogue SET status = 'RETIRED' WHERE list_type = ? AND status = 'ACTIVE'"
                + " AND code <> ?", type.name(), code);
        jdbc.update("UPDATE indicator_catalogue SET status = 'ACTIVE' WHERE code = ?", code);
    }

    public List<IloIndicator> iloIndicators() {
        Map<String, List<String>> evidence = new LinkedHashMap<>();
        jdbc.query("SELECT ilo_code, indicator_code FROM ilo_indicator_evidence ORDER BY ilo_code, indicator_code",
                rs -> { evidence.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)); });
        return jdbc.query("SELECT code, label_en, label_fr, label_ru FROM ilo_indicator ORDER BY sort_order", (rs, i) ->
                new IloIndicator(rs.getString(1), new Labels(rs.getString(2), rs.getString(3), rs.getString(4)),
                        evidence.getOrDefault(rs.getString(1), List.of())));
    }

    private List<Indicator> indicators(String catalogue) {
        return jdbc.query("SELECT code, dimension, strength, unverified, label_en, label_fr, label_ru FROM indicator"
                + " WHERE catalogue_code = ? ORDER BY sort_order", (rs, i) -> new Indicator(rs.getString(1),
                Dimension.valueOf(rs.getString(2)), Strength.valueOf(rs.getString(3)), rs.getBoolean(4),
                new Labels(rs.getString(5), rs.getString(6), rs.getString(7))), catalogue);
    }
}
