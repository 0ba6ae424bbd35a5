package org.ariadne.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped reference data checked against indicators.md, without a database. Expected numbers
 * and strengths below are copied from indicators.md, not from the CSV files.
 */
class ShippedReferenceDataTest {

    private static final Map<String, String> PREFIX = Map.of("ILOEC-AL-1", "AL", "ILOEC-AS-1", "AS",
            "ILOEC-CL-1", "CL", "ILOEC-CS-1", "CS");

    /** "dimension strength" -> number of A-L items, as listed in indicators.md. */
    private static final Map<String, Integer> AL_TIERS = Map.ofEntries(
            Map.entry("D1 S", 1), Map.entry("D1 M", 8), Map.entry("D1 W", 1),
            Map.entry("D2 S", 1), Map.entry("D2 M", 9),
            Map.entry("D3 M", 14), Map.entry("D3 W", 2),
            Map.entry("D4 S", 1), Map.entry("D4 M", 7), Map.entry("D4 W", 1),
            Map.entry("D5 S", 4), Map.entry("D5 M", 10), Map.entry("D5 W", 1),
            Map.entry("D6 M", 5), Map.entry("D6 W", 2));

    /** The A-L items marked [C-L: S] in indicators.md; every other weak item becomes medium. */
    private static final Set<String> STRONG_FOR_CHILDREN = Set.of(
            "D1 Deceived about access to education opportunities",
            "D2 Abduction, forced marriage, forced adoption or selling of the victim",
            "D2 Debt bondage",
            "D2 Threat of violence against the victim",
            "D5 Forced into illicit or criminal activities",
            "D5 Forced tasks or clients",
            "D5 Threats of violence against the victim",
            "D5 Under strong influence");

    /** The A-L items marked [absent in C-L]. */
    private static final Set<String> ABSENT_FOR_CHILDREN = Set.of(
            "D3 False information about law, attitude of authorities",
            "D4 No social protection (contract, social insurance)");

    private static Map<String, Long> tiers(List<Map<String, String>> rows) {
        return rows.stream().collect(Collectors.groupingBy(r -> r.get("dimension") + " " + r.get("strength"),
                TreeMap::new, Collectors.counting()));
    }

    private static Map<String, Long> perDimension(List<Map<String, String>> rows) {
        return rows.stream().collect(Collectors.groupingBy(r -> r.get("dimension"), TreeMap::new,
                Collectors.counting()));
    }

    @Test
    void adultLabourHas67ItemsSplit10_10_16_9_15_7WithTheDocumentedStrengths() {
        List<Map<String, String>> al = ShippedData.indicatorRows("ILOEC-AL-1");
        assertThat(al).hasSize(67);
        assertThat(perDimension(al)).containsExactlyEntriesOf(new TreeMap<>(Map.of("D1", 10L, "D2", 10L,
                "D3", 16L, "D4", 9L, "D5", 15L, "D6", 7L)));
        Map<String, Long> expected = new TreeMap<>();
        AL_TIERS.forEach((k, v) -> expected.put(k, v.longValue()));
        assertThat(tiers(al)).containsExactlyEntriesOf(expected);
        assertThat(al).allMatch(r -> r.get("unverified").equals("false"));
    }

    @Test
    void childLabourIsAdultLabourWithoutTheWeakTierTheTwoDroppedItemsAndTheDocumentedEscalations() {
        List<Map<String, String>> al = ShippedData.indicatorRows("ILOEC-AL-1");
        List<Map<String, String>> cl = ShippedData.indicatorRows("ILOEC-CL-1");
        assertThat(cl).hasSize(65);
        assertThat(perDimension(cl)).containsExactlyEntriesOf(new TreeMap<>(Map.of("D1", 10L, "D2", 10L,
                "D3", 15L, "D4", 8L, "D5", 15L, "D6", 7L)));
        assertThat(cl).noneMatch(r -> r.get("strength").equals("W"));

        Map<String, String> expected = new TreeMap<>();
        for (Map<String, String> adult : al) {
            String key = ShippedData.key(adult);
            if (ABSENT_FOR_CHILDREN.contains(key)) {
                continue;
            }
            String strength = STRONG_FOR_CHILDREN.contains(key) ? "S"
                    : adult.get("strength").equals("W") ? "M" : adult.get("strength");
            expected.put(key, strength);
        }
        Map<String, String> actual = cl.stream().collect(Collectors.toMap(ShippedData::key, r -> r.get("strength"),
                (a, b) -> a + b, TreeMap::new));
        assertThat(actual).containsExactlyEntriesOf(expected);
        assertThat(STRONG_FOR_CHILDREN).allMatch(k -> "S".equals(actual.get(k)));
        assertThat(ABSENT_FOR_CHILDREN).allMatch(k -> al.stream().anyMatch(r -> ShippedData.key(r).equals(k)));
    }

    @Test
    void sexualListsAreFlaggedUnverifiedWithStrongForcedClientsAndNoStrongAdultExploitationItem() {
        List<Map<String, String>> as = ShippedData.indicatorRows("ILOEC-AS-1");
        List<Map<String, String>> cs = ShippedData.indicatorRows("ILOEC-CS-1");
        assertThat(as).isNotEmpty().allMatch(r -> r.get("unverified").equals("true"));
        assertThat(cs).isNotEmpty().allMatch(r -> r.get("unverified").equals("true"));
        assertThat(perDimension(as).keySet()).containsExactly("D1", "D2", "D3", "D4", "D5", "D6");
        for (List<Map<String, String>> list : List.of(as, cs)) {
            assertThat(list).filteredOn(r -> r.get("label_en").equals("Forced tasks or clients"))
                    .singleElement().satisfies(r -> assertThat(r.get("strength")).isEqualTo("S"));
        }
        assertThat(as).filteredOn(r -> r.get("dimension").equals("D4")).noneMatch(r -> r.get("strength").equals("S"));
        assertThat(cs).noneMatch(r -> r.get("strength").equals("W"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ILOEC-AL-1", "ILOEC-AS-1", "ILOEC-CL-1", "ILOEC-CS-1"})
    void codesAreStableUniqueAndMatchTheirCatalogueAndDimension(String catalogue) {
        List<Map<String, String>> rows = ShippedData.indicatorRows(catalogue);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            String code = row.get("code");
            assertThat(code).matches(PREFIX.get(catalogue) + "-" + row.get("dimension") + "-\\d\\d");
            assertThat(seen.add(code)).as("duplicate %s", code).isTrue();
            assertThat(row.get("sort_order")).isEqualTo(String.valueOf(i + 1));
        }
        assertThat(rows).extracting(r -> r.get("dimension")).isSorted();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ILOEC-AL-1", "ILOEC-AS-1", "ILOEC-CL-1", "ILOEC-CS-1"})
    void everyItemIsTranslatedIntoFrenchAndRussian(String catalogue) {
        assertThat(ShippedData.indicatorRows(catalogue)).allSatisfy(r -> {
            assertThat(r.get("label_en")).isNotBlank().hasSizeLessThanOrEqualTo(300);
            assertThat(r.get("label_fr")).isNotBlank().isNotEqualTo(r.get("label_en")).hasSizeLessThanOrEqualTo(300);
            assertThat(r.get("label_ru")).isNotBlank().containsPattern("\\p{IsCyrillic}{3}")
                    .doesNotContainPattern("[A-Za-z]").hasSizeLessThanOrEqualTo(300);
        });
    }

    @Test
    void theElevenIloIndicatorsInTheOrderOfIndicatorsMd() {
        assertThat(ShippedData.rows("ilo-forced-labour.csv")).extracting(r -> r.get("label_en")).containsExactly(
                "Abuse of vulnerability", "Deception", "Restriction of movement", "Isolation",
                "Physical and sexual violence", "Intimidation and threats", "Retention of identity documents",
                "Withholding of wages", "Debt bondage", "Abusive working and living conditions", "Excessive overtime");
        assertThat(ShippedData.rows("ilo-forced-labour.csv")).allSatisfy(r -> {
            assertThat(r.get("label_fr")).isNotBlank();
            assertThat(r.get("label_ru")).containsPattern("\\p{IsCyrillic}{3}");
        });
    }

    @Test
    void iloEvidencePointsAtExistingAdultLabourItemsAndCoversEachIloIndicator() {
        Map<String, Map<String, String>> al = ShippedData.indicatorRows("ILOEC-AL-1").stream()
                .collect(Collectors.toMap(r -> r.get("code"), Function.identity()));
        Map<String, Set<String>> evidence = ShippedData.rows("ilo-evidence.csv").stream().collect(Collectors
                .groupingBy(r -> r.get("ilo_code"), Collectors.mapping(r -> ShippedData.key(al.get(r.get("indicator_code"))),
                        Collectors.toSet())));
        assertThat(ShippedData.rows("ilo-evidence.csv")).allMatch(r -> al.containsKey(r.get("indicator_code")));
        assertThat(evidence.keySet()).containsExactlyInAnyOrderElementsOf(ShippedData.rows("ilo-forced-labour.csv")
                .stream().map(r -> r.get("code")).toList());
        // Items whose wording names the ILO indicator itself, at recruitment and at destination.
        assertThat(evidence.get("ILO-02")).hasSize(10).allMatch(k -> k.startsWith("D1 Deceived"));
        assertThat(evidence.get("ILO-07")).containsExactlyInAnyOrder("D2 Confiscation of documents",
                "D5 Confiscation of documents");
        assertThat(evidence.get("ILO-09")).containsExactlyInAnyOrder("D2 Debt bondage", "D5 Debt bondage");
        assertThat(evidence.get("ILO-11")).containsExactly("D4 Excessive working days or hours");
        assertThat(evidence.get("ILO-05")).contains("D2 Violence on victims", "D5 Violence on victims");
        assertThat(evidence.get("ILO-01")).containsAll(al.values().stream()
                .filter(r -> Set.of("D3", "D6").contains(r.get("dimension"))).map(ShippedData::key).toList());
        assertThat(evidence.get("ILO-06")).containsAll(al.values().stream()
                .filter(r -> r.get("label_en").startsWith("Threat")).map(ShippedData::key).toList());
    }

    @Test
    void theSchemaChangesetGivesEveryShippedCatalogueTheDefaultRules() throws IOException {
        String sql;
        try (InputStream in = getClass().getResourceAsStream("/db/changelog/changes/20261122-1000-indicators-schema.sql")) {
            assertThat(in).isNotNull();
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String rules = "'" + ShippedData.SUFFICIENCY + "', '" + ShippedData.ADULT_RULE + "', '"
                + ShippedData.CHILD_RULE + "')";
        for (String code : PREFIX.keySet()) {
            assertThat(sql.lines().filter(l -> l.startsWith("('" + code + "'"))).singleElement()
                    .satisfies(line -> assertThat(line).contains(rules));
        }
    }
}
