package org.ariadne.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;

/**
 * Statistics see other features only through their events and value types, read only their own
 * tables, and nobody else reads those tables; disclosure control is plain Java.
 */
class StatisticsBoundaryTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.ariadne");
    private static final String[] SOURCES = {"org.ariadne.cases..", "org.ariadne.referrals..", "org.ariadne.support..",
            "org.ariadne.justice.."};
    private static final Pattern TABLE = Pattern.compile("(?i)\\b(?:FROM|JOIN|INTO|(?<!KEY )UPDATE)\\s+([a-z_][a-z0-9_]*)");

    @Test
    void statisticsUseOnlyTheEventAndValueTypesOfCaseFeatures() {
        noClasses().that().resideInAPackage("org.ariadne.statistics..")
                .should().dependOnClassesThat(DescribedPredicate.describe("services, components or internals of cases,"
                        + " referrals, support or justice", (JavaClass c) -> c.getPackage().getName().matches(
                        "org\\.ariadne\\.(cases|referrals|support|justice)(\\..*)?") && (c.isAnnotatedWith(Service.class)
                        || c.isAnnotatedWith(Component.class) || c.isAnnotatedWith(Repository.class)
                        || c.getPackageName().matches(".*\\.(internal|ui|api)(\\..*)?"))))
                .check(CLASSES);
    }

    @Test
    void noOtherFeatureTouchesStatisticsInternals() {
        noClasses().that().resideOutsideOfPackage("org.ariadne.statistics..")
                .should().dependOnClassesThat().resideInAPackage("org.ariadne.statistics.internal..")
                .check(CLASSES);
    }

    @Test
    void disclosureControlIsPlainJava() {
        classes().that().resideInAPackage("org.ariadne.statistics.disclosure..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.jspecify..",
                        "org.ariadne.statistics.disclosure..")
                .check(CLASSES);
    }

    @Test
    void statisticsQueriesNameOnlyStatisticsTablesAndNobodyElseNamesThem() throws IOException {
        List<String> offences = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/ariadne"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(file);
                boolean statistics = file.toString().contains("/statistics/");
                Matcher m = TABLE.matcher(code);
                while (m.find()) {
                    String table = m.group(1).toLowerCase(java.util.Locale.ROOT);
                    if (statistics && !table.startsWith("stat_") && looksLikeSql(code, m.start())) {
                        offences.add(file.getFileName() + " reads " + table);
                    }
                }
                if (!statistics && code.matches("(?s).*\\bstat_[a-z_]+\\b.*")) {
                    offences.add(file.getFileName() + " names a statistics table");
                }
            }
        }
        assertThat(offences).isEmpty();
    }

    private static boolean looksLikeSql(String code, int at) {
        int quote = code.lastIndexOf('"', at);
        int line = code.lastIndexOf('\n', at);
        return quote > line;
    }
}
