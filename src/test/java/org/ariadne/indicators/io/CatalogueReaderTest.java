package org.ariadne.indicators.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.ariadne.indicators.ImportProblem;
import org.ariadne.indicators.ListType;
import org.junit.jupiter.api.Test;

class CatalogueReaderTest {

    private static final CatalogueReader.Metadata META = new CatalogueReader.Metadata(ListType.ADULT_LABOUR,
            "Adults, labour (national wording)", "Ministry circular 12/2026", "S2;S1+MW1;M3;M2+W1", "D1|D2|D3;D4;D5|D6", "D4");

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theShippedCsvReadsWithoutProblems() throws IOException {
        try (var in = getClass().getResourceAsStream("/db/changelog/data/indicators/indicators.csv")) {
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String header = all.lines().findFirst().orElseThrow().replace("catalogue_code,", "");
            String adultLabour = all.lines().filter(l -> l.startsWith("ILOEC-AL-1,"))
                    .map(l -> l.substring("ILOEC-AL-1,".length())).reduce(header, (a, b) -> a + "\n" + b);
            CatalogueReader.Result result = CatalogueReader.fromCsv(bytes(adultLabour), META);
            assertThat(result.problems()).isEmpty();
            assertThat(result.draft().indicators()).hasSize(67);
        }
    }

    @Test
    void everyProblemIsReportedWithItsLineAndField() {
        String csv = """
                code,dimension,strength,unverified,label_en,label_fr,label_ru
                X-1,D1,S,false,One,Un,Один
                X-1,D9,S,false,Two,Deux,Два
                bad code,D2,Q,false,Three,Trois,
                """;
        CatalogueReader.Result result = CatalogueReader.fromCsv(bytes(csv), META);
        assertThat(result.draft()).isNull();
        assertThat(result.problems()).extracting(ImportProblem::line, ImportProblem::field, ImportProblem::key)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "code", "indicators.import.error.duplicate"),
                        org.assertj.core.groups.Tuple.tuple(3, "dimension", "indicators.import.error.value"),
                        org.assertj.core.groups.Tuple.tuple(4, "code", "indicators.import.error.code"),
                        org.assertj.core.groups.Tuple.tuple(4, "strength", "indicators.import.error.value"),
                        org.assertj.core.groups.Tuple.tuple(4, "label_ru", "indicators.import.error.label"));
    }

    @Test
    void aWrongHeaderOrAnEmptyFileOrABadRuleIsRefused() {
        assertThat(CatalogueReader.fromCsv(bytes("a,b\n1,2\n"), META).problems())
                .extracting(ImportProblem::key).containsExactly("indicators.import.error.header");
        assertThat(CatalogueReader.fromCsv(bytes("code,dimension,strength,unverified,label_en,label_fr,label_ru\n"),
                META).problems()).extracting(ImportProblem::key).containsExactly("indicators.import.error.empty");
        var weakOnly = new CatalogueReader.Metadata(ListType.ADULT_LABOUR, "t", "", "W2", "D4", "D4");
        assertThat(CatalogueReader.fromCsv(bytes("code,dimension,strength,unverified,label_en,label_fr,label_ru\n"
                + "A-1,D4,W,false,a,b,c\n"), weakOnly).problems()).extracting(ImportProblem::field)
                .containsExactly("sufficiencyRule");
    }

    @Test
    void jsonCarriesItsOwnMetadata() {
        String json = """
                {"listType": "CHILD_SEXUAL", "title": "Children, sexual (official 2027)", "source": "official",
                 "sufficiencyRule": "S2;S1+MW1;M3", "adultRule": "D1|D2|D3;D4;D5|D6", "childRule": "D4",
                 "indicators": [
                   {"code": "CS2-D4-01", "dimension": "D4", "strength": "M", "unverified": false,
                    "labels": {"en": "No choice of clients", "fr": "Aucun choix des clients", "ru": "Нет выбора клиентов"}}
                 ]}
                """;
        CatalogueReader.Result result = CatalogueReader.fromJson(bytes(json));
        assertThat(result.problems()).isEmpty();
        assertThat(result.draft().listType()).isEqualTo(ListType.CHILD_SEXUAL);
        assertThat(result.draft().sufficiency()).hasToString("S2;S1+MW1;M3");
        assertThat(CatalogueReader.fromJson(bytes("{not json")).problems()).extracting(ImportProblem::key)
                .containsExactly("indicators.import.error.unreadable");
    }
}
