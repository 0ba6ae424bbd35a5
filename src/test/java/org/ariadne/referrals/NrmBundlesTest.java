package org.ariadne.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ariadne.policy.NrmFunction;
import org.ariadne.policy.PolicyPreset;
import org.ariadne.referrals.deadlines.DeadlineStatus;
import org.ariadne.referrals.deadlines.EarlyEndReason;
import org.ariadne.referrals.workflow.AssistanceStatus;
import org.ariadne.referrals.workflow.CaseStage;
import org.ariadne.referrals.workflow.ClockKind;
import org.ariadne.referrals.workflow.CloseReason;
import org.ariadne.referrals.workflow.CompensationStatus;
import org.ariadne.referrals.workflow.ConsentStatus;
import org.ariadne.referrals.workflow.Cooperation;
import org.ariadne.referrals.workflow.DecisionKind;
import org.ariadne.referrals.workflow.ExitOutcome;
import org.ariadne.referrals.workflow.FollowUp;
import org.ariadne.referrals.workflow.GuardianStatus;
import org.ariadne.referrals.workflow.LegalBasis;
import org.ariadne.referrals.workflow.Transition;
import org.junit.jupiter.api.Test;

/** The NRM bundles: every label and refusal the code can produce exists in English, French and Russian. */
class NrmBundlesTest {

    private static final Pattern KEY_LITERAL = Pattern.compile("\"(nrm\\.[A-Za-z0-9_.-]+)\"");
    private static final Map<String, Properties> BUNDLES = new TreeMap<>(Map.of(
            "en", load("i18n/nrm.properties"), "fr", load("i18n/nrm_fr.properties"), "ru", load("i18n/nrm_ru.properties")));

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(NrmBundlesTest.class.getClassLoader().getResourceAsStream(resource),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }

    @Test
    void everyEnumValueHasALabelInEveryLanguage() {
        List<String> keys = new ArrayList<>();
        Stream.of(CaseStage.values()).map(CaseStage::messageKey).forEach(keys::add);
        Stream.of(Transition.values()).map(Transition::messageKey).forEach(keys::add);
        Stream.of(NrmFunction.values()).map(NrmFunction::messageKey).forEach(keys::add);
        Stream.of(NrmFunction.values()).map(f -> "nrm.policy.refused." + f.name()).forEach(keys::add);
        Stream.of(PolicyPreset.values()).map(PolicyPreset::messageKey).forEach(keys::add);
        Stream.of(PolicyPreset.values()).map(PolicyPreset::descriptionKey).forEach(keys::add);
        Stream.of(LegalBasis.values()).map(LegalBasis::messageKey).forEach(keys::add);
        Stream.of(CloseReason.values()).map(CloseReason::messageKey).forEach(keys::add);
        Stream.of(ExitOutcome.values()).map(ExitOutcome::messageKey).forEach(keys::add);
        Stream.of(EarlyEndReason.values()).map(EarlyEndReason::messageKey).forEach(keys::add);
        Stream.of(ConsentStatus.values()).map(ConsentStatus::messageKey).forEach(keys::add);
        Stream.of(GuardianStatus.values()).map(GuardianStatus::messageKey).forEach(keys::add);
        Stream.of(AssistanceStatus.values()).map(AssistanceStatus::messageKey).forEach(keys::add);
        Stream.of(Cooperation.values()).map(Cooperation::messageKey).forEach(keys::add);
        Stream.of(CompensationStatus.values()).map(CompensationStatus::messageKey).forEach(keys::add);
        Stream.of(DecisionKind.values()).map(DecisionKind::messageKey).forEach(keys::add);
        Stream.of(DeadlineStatus.values()).map(DeadlineStatus::messageKey).forEach(keys::add);
        Stream.of(ClockKind.values()).map(ClockKind::messageKey).forEach(keys::add);
        Stream.of(FollowUp.values()).map(FollowUp::messageKey).forEach(keys::add);

        BUNDLES.forEach((language, bundle) -> assertThat(bundle.stringPropertyNames()).as(language).containsAll(keys));
    }

    @Test
    void everyKeyWrittenInTheCodeExists() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/java/org/ariadne/policy"), Path.of("src/main/java/org/ariadne/referrals"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher literal = KEY_LITERAL.matcher(Files.readString(file));
                    while (literal.find()) {
                        String key = literal.group(1);
                        boolean known = key.endsWith(".")
                                ? BUNDLES.get("en").stringPropertyNames().stream().anyMatch(k -> k.startsWith(key))
                                : BUNDLES.get("en").containsKey(key);
                        if (!known) {
                            missing.add(file.getFileName() + ": " + key);
                        }
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void languagesHaveTheSameKeysAllPrefixedAndFormattable() {
        for (Map.Entry<String, Properties> entry : BUNDLES.entrySet()) {
            Properties bundle = entry.getValue();
            assertThat(bundle.stringPropertyNames()).as(entry.getKey())
                    .isEqualTo(BUNDLES.get("en").stringPropertyNames());
            for (String key : bundle.stringPropertyNames()) {
                String text = bundle.getProperty(key);
                assertThat(key).startsWith("nrm.");
                // a plain apostrophe would start a quoted section in MessageFormat and swallow the text
                assertThat(text).as(key).doesNotContain("'");
                assertThat(new MessageFormat(text, Locale.of(entry.getKey())).format(new Object[] {"A", "B", "C", "D", "E"}))
                        .as(key).doesNotContain("{");
            }
        }
    }
}
