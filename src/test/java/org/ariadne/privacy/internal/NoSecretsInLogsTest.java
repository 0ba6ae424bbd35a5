package org.ariadne.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.aead.AesGcmKey;
import com.google.crypto.tink.prf.HmacPrfKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.ariadne.privacy.BlindIndex;
import org.ariadne.privacy.FieldCipher;
import org.ariadne.privacy.KeyRotation;
import org.ariadne.privacy.ProtectedDataUnreadableException;
import org.ariadne.privacy.Reencryption;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;

/** Everything the feature logs, at every level, while it creates, uses, rotates and refuses keys. */
class NoSecretsInLogsTest {

    private static final String NAME = "Oksana Melnychenko";
    private static final String NARRATIVE = "recruited in Odesa by a cousin";

    /** The key handling alone: re-encryption is a database job and needs a data source. */
    @Configuration(proxyBeanMethods = false)
    @ComponentScan(basePackageClasses = FieldCipher.class,
            excludeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = Reencryption.class))
    static class PrivacyOnly {
    }

    @TempDir
    Path folder;

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private Level previous;

    @BeforeEach
    void capture() {
        previous = root.getLevel();
        root.setLevel(Level.TRACE);
        appender.start();
        root.addAppender(appender);
    }

    @AfterEach
    void release() {
        root.detachAppender(appender);
        root.setLevel(previous);
    }

    @Test
    void logsNeitherKeyMaterialNorPlaintext() throws Exception {
        Path file = folder.resolve("data/keys/ariadne-keys.properties");
        new ApplicationContextRunner().withUserConfiguration(PrivacyOnly.class)
                .withPropertyValues("ariadne.data-dir=" + folder.resolve("data"))
                .run(context -> {
                    FieldCipher cipher = context.getBean(FieldCipher.class);
                    String name = cipher.encrypt(NAME, "person.name");
                    String narrative = cipher.encrypt(NARRATIVE, "exploitation.narrative");
                    context.getBean(BlindIndex.class).identity(NAME, LocalDate.of(2001, 5, 2));
                    context.getBean(KeyRotation.class).addPrimaryKey();
                    assertThat(cipher.reencrypt(List.of(name), "person.name")).hasSize(1);
                    assertThatThrownBy(() -> cipher.decrypt(narrative, "person.name"))
                            .isInstanceOf(ProtectedDataUnreadableException.class);
                    assertThatThrownBy(() -> cipher.decrypt(name.substring(0, 20), "person.name"))
                            .isInstanceOf(ProtectedDataUnreadableException.class);
                });

        List<String> logged = new ArrayList<>();
        for (ILoggingEvent event : appender.list) {
            logged.add(event.getFormattedMessage());
            if (event.getThrowableProxy() != null) {
                logged.add(ThrowableProxyUtil.asString(event.getThrowableProxy()));
            }
        }
        String all = String.join("\n", logged);

        assertThat(all).contains("Created a new key file").contains("Back it up now")
                .contains("as the primary key");
        assertThat(all).doesNotContain(NAME).doesNotContain("Melnychenko").doesNotContain(NARRATIVE);
        for (String secret : secrets(file)) {
            assertThat(all).as("key material in the log").doesNotContain(secret);
        }
    }

    /** The key file's values and every raw key, in Base64 and in hex. */
    private static List<String> secrets(Path file) throws Exception {
        List<String> secrets = new ArrayList<>();
        Files.readAllLines(file).stream().filter(l -> l.contains("=")).map(l -> l.substring(l.indexOf('=') + 1))
                .map(v -> v.substring(0, Math.min(24, v.length()))).forEach(secrets::add);
        var keysets = new KeysetFile(file).read();
        List<byte[]> raw = new ArrayList<>();
        for (int i = 0; i < keysets.aead().size(); i++) {
            var key = (AesGcmKey) keysets.aead().getAt(i).getKey();
            raw.add(key.getKeyBytes().toByteArray(InsecureSecretKeyAccess.get()));
        }
        for (int i = 0; i < keysets.prf().size(); i++) {
            var key = (HmacPrfKey) keysets.prf().getAt(i).getKey();
            raw.add(key.getKeyBytes().toByteArray(InsecureSecretKeyAccess.get()));
        }
        assertThat(raw).hasSize(3);
        for (byte[] key : raw) {
            secrets.add(Base64.getEncoder().encodeToString(key).substring(0, 16));
            secrets.add(HexFormat.of().formatHex(key).substring(0, 16));
        }
        return secrets;
    }
}
