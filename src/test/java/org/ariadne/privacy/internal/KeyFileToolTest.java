package org.ariadne.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ariadne.privacy.FieldCipherAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyFileToolTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return KeyFileTool.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void createsAFileTheApplicationReadsAndNeverOverwritesIt() throws Exception {
        Path file = folder.resolve("secrets/ariadne-keys.properties");
        assertThat(run("create", file.toString())).isZero();
        assertThat(printed()).matches("\\d+ ENABLED primary\\R");
        assertThat(Keys.open(file, false).primaryKeyId()).isEqualTo(Integer.parseUnsignedInt(printed().split(" ")[0]));

        byte[] before = Files.readAllBytes(file);
        assertThat(run("create", file.toString())).isEqualTo(1);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void twoStepRotationForSeveralNodes() {
        Path file = folder.resolve("keys.properties");
        Keys.open(file, true);
        String old = FieldCipherAccess.encrypt(Keys.open(file, false), "Anna Ivanova");
        int first = Keys.open(file, false).primaryKeyId();

        assertThat(run("add", file.toString())).isZero();
        // Added but not used yet: every node can learn the key before any value is written with it.
        assertThat(Keys.open(file, false).primaryKeyId()).isEqualTo(first);
        String added = printed().lines().filter(l -> !l.endsWith("primary")).findFirst().orElseThrow().split(" ")[0];

        assertThat(run("promote", file.toString(), added)).isZero();
        Keys after = Keys.open(file, false);
        assertThat(after.primaryKeyId()).isEqualTo(Integer.parseUnsignedInt(added));
        assertThat(FieldCipherAccess.decrypt(after, old)).isEqualTo("Anna Ivanova");
        assertThat(FieldCipherAccess.isCurrent(after, old)).isFalse();

        assertThat(run("disable", file.toString(), Integer.toUnsignedString(first))).isZero();
        assertThat(printed()).contains(Integer.toUnsignedString(first) + " DISABLED");
        assertThat(Keys.open(file, false).encryptionKeyCount()).isEqualTo(2);
    }

    @Test
    void rotateAddsAndPromotesAtOnce() {
        Path file = folder.resolve("keys.properties");
        int first = Keys.open(file, true).primaryKeyId();
        assertThat(run("rotate", file.toString())).isZero();
        assertThat(Keys.open(file, false).primaryKeyId()).isNotEqualTo(first);
        assertThat(printed().lines().count()).isEqualTo(2);
    }

    @Test
    void refusesMistakesWithoutChangingTheFile() throws Exception {
        Path file = folder.resolve("keys.properties");
        int primary = Keys.open(file, true).primaryKeyId();
        byte[] before = Files.readAllBytes(file);

        assertThat(run("disable", file.toString(), Integer.toUnsignedString(primary))).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("the primary key cannot be disabled");
        assertThat(run("promote", file.toString(), "12345")).isEqualTo(1);
        assertThat(run("promote", file.toString(), "abc")).isEqualTo(1);
        assertThat(run("promote", file.toString())).isEqualTo(1);
        assertThat(run("shred", file.toString())).isEqualTo(2);
        assertThat(run("list")).isEqualTo(2);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void listingShowsIdsAndStatesOnly() throws Exception {
        Path file = folder.resolve("keys.properties");
        Keys.open(file, true);
        assertThat(run("list", file.toString())).isZero();
        String secretPart = Files.readAllLines(file).stream().filter(l -> l.startsWith("aead=")).findFirst()
                .orElseThrow().substring(5, 30);
        assertThat(printed()).matches("\\d+ ENABLED primary\\R").doesNotContain(secretPart);
    }
}
