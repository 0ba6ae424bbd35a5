package org.ariadne.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ariadne.base.InvalidSettingException;
import org.ariadne.base.InvalidSettingFailureAnalyzer;
import org.ariadne.privacy.BlindIndex;
import org.ariadne.privacy.FieldCipher;
import org.ariadne.privacy.KeyRotation;
import org.ariadne.privacy.Reencryption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;

class KeysConfigurationTest {

    /** The key handling alone: re-encryption is a database job and needs a data source. */
    @Configuration(proxyBeanMethods = false)
    @ComponentScan(basePackageClasses = FieldCipher.class,
            excludeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = Reencryption.class))
    static class PrivacyOnly {
    }

    @TempDir
    Path folder;

    private ApplicationContextRunner runner(String... profiles) {
        return new ApplicationContextRunner()
                .withUserConfiguration(PrivacyOnly.class)
                .withPropertyValues("ariadne.data-dir=" + folder.resolve("data"))
                .withInitializer(context -> context.getEnvironment().setActiveProfiles(profiles));
    }

    @Test
    void embeddedDefaultCreatesTheKeyFileInTheDataFolder() {
        runner().run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(FieldCipher.class).hasSingleBean(BlindIndex.class)
                    .hasSingleBean(KeyRotation.class);
            FieldCipher cipher = context.getBean(FieldCipher.class);
            assertThat(cipher.decrypt(cipher.encrypt("Anna", "person.name"), "person.name")).isEqualTo("Anna");
        });
        assertThat(folder.resolve("data/keys/ariadne-keys.properties")).isRegularFile();
    }

    @Test
    void configuredFileIsUsedAndCreatedOnceOutsideProd() {
        Path file = folder.resolve("elsewhere/ariadne-keys.properties");
        runner().withPropertyValues("ariadne.crypto.keyset-file=" + file)
                .run(context -> assertThat(context).hasNotFailed());
        assertThat(file).isRegularFile();
        assertThat(folder.resolve("data/keys")).doesNotExist();
    }

    @Test
    void prodWithoutTheSettingStopsWithOneSentence() {
        runner("prod").run(context -> assertThat(context).hasFailed().getFailure()
                .rootCause().isInstanceOf(InvalidSettingException.class)
                .hasMessage("The setting ARIADNE_KEYSET_FILE is missing: the prod profile needs the path of the key "
                        + "file, kept outside the database."));
        assertThat(folder.resolve("data/keys")).doesNotExist();
    }

    @Test
    void prodWithAMissingFileStopsAndCreatesNothing() {
        Path file = folder.resolve("secrets/ariadne-keys.properties");
        runner("prod").withPropertyValues("ariadne.crypto.keyset-file=" + file)
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .isInstanceOfSatisfying(InvalidSettingException.class, e -> {
                            assertThat(e.setting()).isEqualTo("ARIADNE_KEYSET_FILE");
                            assertThat(e.getMessage()).startsWith("The setting ARIADNE_KEYSET_FILE names a key file "
                                    + "that does not exist: the prod profile never creates keys");
                        }));
        assertThat(file).doesNotExist();
    }

    @Test
    void prodUsesAnExistingFile() {
        Path file = folder.resolve("secrets/ariadne-keys.properties");
        Keys made = Keys.open(file, true);
        runner("prod").withPropertyValues("ariadne.crypto.keyset-file=" + file).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(KeyRotation.class).primaryKeyId()).isEqualTo(made.primaryKeyId());
        });
    }

    @Test
    void unreadableFileIsNamedWithoutItsContent() throws Exception {
        Path file = folder.resolve("ariadne-keys.properties");
        Files.writeString(file, "aead=c2VjcmV0LXN0dWZm\nprf=\n");
        assertThatThrownBy(() -> KeysConfiguration.open(file.toString(), "unused", false))
                .isInstanceOfSatisfying(InvalidSettingException.class, e -> assertThat(e.getMessage())
                        .startsWith("The key file " + file.toAbsolutePath() + " cannot be used as Ariadne key sets (")
                        .endsWith("): check the file, or point ARIADNE_KEYSET_FILE at the right one.")
                        .doesNotContain("c2VjcmV0LXN0dWZm"));
    }

    @Test
    void startUpFailureShowsTheSentenceAndTheSetting() {
        var failure = new InvalidSettingFailureAnalyzer().analyze(
                catchThrowable(() -> KeysConfiguration.open(" ", "unused", true)));
        assertThat(failure).isNotNull();
        assertThat(failure.getDescription()).contains("ARIADNE_KEYSET_FILE is missing");
        assertThat(failure.getAction()).contains("ARIADNE_KEYSET_FILE");
    }
}
