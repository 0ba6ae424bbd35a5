package org.ariadne.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.ariadne.privacy.internal.KeysetFile.Keysets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class KeysTest {

    @TempDir
    Path folder;

    @Test
    void firstStartCreatesTheFileAndLaterStartsReuseIt() throws Exception {
        Path file = folder.resolve("data/keys/ariadne-keys.properties");
        Keys first = Keys.open(file, true);
        byte[] written = Files.readAllBytes(file);
        byte[] ad = "ad".getBytes(StandardCharsets.UTF_8);
        byte[] sealed = first.aead().encrypt("Anna".getBytes(StandardCharsets.UTF_8), ad);

        Keys second = Keys.open(file, true);

        assertThat(Files.readAllBytes(file)).isEqualTo(written);
        assertThat(second.primaryKeyId()).isEqualTo(first.primaryKeyId());
        assertThat(new String(second.aead().decrypt(sealed, ad), StandardCharsets.UTF_8)).isEqualTo("Anna");
        assertThat(second.prf().computePrimary(new byte[] {1}, 32))
                .isEqualTo(first.prf().computePrimary(new byte[] {1}, 32));
        try (var listing = Files.list(file.getParent())) {
            assertThat(listing.toList()).containsExactly(file); // no temporary file left behind
        }
    }

    @Test
    void fileAndFolderAreOwnerOnlyWhereTheFileSystemAllows() throws Exception {
        Path file = folder.resolve("data/keys/ariadne-keys.properties");
        Keys.open(file, true);
        if (KeysetFile.supportsPosix(folder)) {
            Path ordinary = Files.createDirectory(folder.resolve("ordinary"));
            assertThat(Files.getPosixFilePermissions(folder.resolve("data")))
                    .isEqualTo(Files.getPosixFilePermissions(ordinary));
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                    .isEqualTo("rwx------");
        }
        Keys rotated = Keys.open(file, false);
        rotated.addPrimaryKey();
        if (KeysetFile.supportsPosix(folder)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
    }

    @Test
    void missingFileIsNotCreatedWhenCreationIsNotAllowed() {
        Path file = folder.resolve("absent.properties");
        assertThatThrownBy(() -> Keys.open(file, false)).isInstanceOfSatisfying(KeyFileException.class,
                e -> assertThat(e.reason()).isEqualTo(KeyFileException.Reason.MISSING));
        assertThat(file).doesNotExist();
    }

    @Test
    void damagedFileIsRefusedWithoutQuotingIt() throws Exception {
        Path file = folder.resolve("keys.properties");
        Keys.open(file, true);
        String content = Files.readString(file);
        String aeadLine = content.lines().filter(l -> l.startsWith("aead=")).findFirst().orElseThrow();
        for (String damaged : List.of(content.replace(aeadLine, "aead=" + aeadLine.substring(5, 40)),
                content.replace(aeadLine, "aead=not*base64"), content.replace(aeadLine, ""), "")) {
            Files.writeString(file, damaged);
            assertThatThrownBy(() -> Keys.open(file, true)).isInstanceOfSatisfying(KeyFileException.class, e -> {
                assertThat(e.reason()).isEqualTo(KeyFileException.Reason.UNREADABLE);
                assertThat(e.getMessage()).startsWith("UNREADABLE (").doesNotContain(aeadLine.substring(5, 40));
                assertThat(e.getCause()).isNull();
            });
        }
    }

    @Test
    void keysOfTheWrongKindAreRefused() throws Exception {
        Path file = folder.resolve("keys.properties");
        new KeysetFile(file).create(new Keysets(KeysetHandle.generateNew(PredefinedAeadParameters.CHACHA20_POLY1305),
                KeysetHandle.generateNew(PredefinedPrfParameters.HMAC_SHA256_PRF)));
        assertThatThrownBy(() -> Keys.open(file, false)).isInstanceOf(KeyFileException.class);

        Path raw = folder.resolve("raw.properties");
        var noPrefix = com.google.crypto.tink.aead.AesGcmParameters.builder().setKeySizeBytes(32).setIvSizeBytes(12)
                .setTagSizeBytes(16).setVariant(com.google.crypto.tink.aead.AesGcmParameters.Variant.NO_PREFIX).build();
        new KeysetFile(raw).create(new Keysets(KeysetHandle.generateNew(noPrefix),
                KeysetHandle.generateNew(PredefinedPrfParameters.HMAC_SHA256_PRF)));
        assertThatThrownBy(() -> Keys.open(raw, false)).isInstanceOf(KeyFileException.class);
    }

    @Test
    void anExistingFileIsNeverReplacedByANewOne() throws Exception {
        Path file = folder.resolve("keys.properties");
        Keys.open(file, true);
        var other = new Keysets(KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM),
                KeysetHandle.generateNew(PredefinedPrfParameters.HMAC_SHA256_PRF));
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> new KeysetFile(file).create(other))
                .isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void failedRotationKeepsTheKeysInUse() throws Exception {
        Path dir = folder.resolve("locked");
        Path file = dir.resolve("keys.properties");
        Keys keys = Keys.open(file, true);
        int primary = keys.primaryKeyId();
        // A folder where the file should be: the new file cannot take its place (permissions would not stop root).
        Files.delete(file);
        Files.createDirectory(file);
        assertThatThrownBy(keys::addPrimaryKey).isInstanceOfSatisfying(KeyFileException.class,
                e -> assertThat(e.reason()).isEqualTo(KeyFileException.Reason.NOT_WRITTEN));
        assertThat(keys.primaryKeyId()).isEqualTo(primary);
        assertThat(keys.encryptionKeyCount()).isEqualTo(1);
    }

    @Test
    void aFileOthersCanReadIsReportedAtStart() throws Exception {
        Path file = folder.resolve("keys.properties");
        Keys.open(file, true);
        if (!KeysetFile.supportsPosix(folder)) {
            return;
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        var logger = (Logger) LoggerFactory.getLogger(Keys.class);
        var appender = new ListAppender<ILoggingEvent>();
        appender.start();
        logger.addAppender(appender);
        try {
            Keys.open(file, false);
        } finally {
            logger.detachAppender(appender);
        }
        assertThat(appender.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getFormattedMessage()).contains(file.getFileName().toString())
                    .contains("can be read by other users");
        });
    }
}
