package org.ariadne.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.ariadne.privacy.internal.Keys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FieldCipherTest {

    @TempDir
    Path folder;

    private FieldCipher cipher;

    @BeforeEach
    void keys() {
        cipher = new FieldCipher(Keys.open(folder.resolve("keys.properties"), true));
    }

    @Test
    void roundTripsAnyText() {
        for (String text : new String[] {"Anna Ivanova", "Анна Иванова", "Nguyễn Thị Lan", "王芳", "😀 line\nbreak", ""}) {
            String stored = cipher.encrypt(text, "person.name");
            assertThat(cipher.decrypt(stored, "person.name")).isEqualTo(text);
        }
    }

    @Test
    void absentStaysAbsentAndReadsAsEmpty() {
        assertThat(cipher.encrypt(null, "person.name")).isNull();
        assertThat(cipher.decrypt(null, "person.name")).isEmpty();
    }

    @Test
    void storedFormIsVersionedBase64WithoutThePlaintext() {
        String stored = cipher.encrypt("Ivanova", "person.name");
        assertThat(stored).startsWith("v1:").doesNotContain("Ivanova");
        byte[] raw = Base64.getDecoder().decode(stored.substring(3));
        // Tink prefix (5) + nonce (12) + text (7) + tag (16)
        assertThat(raw).hasSize(5 + 12 + 7 + 16);
        assertThat(new String(raw, StandardCharsets.ISO_8859_1)).doesNotContain("Ivanova");
    }

    @Test
    void everyEncryptionDiffers() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            seen.add(cipher.encrypt("Anna Ivanova", "person.name"));
        }
        assertThat(seen).hasSize(50);
    }

    @Test
    void anyAlteredByteIsDetected() {
        String stored = cipher.encrypt("Anna Ivanova", "person.name");
        byte[] raw = Base64.getDecoder().decode(stored.substring(3));
        for (int i = 0; i < raw.length; i++) {
            byte[] altered = raw.clone();
            altered[i] ^= 0x01;
            String tampered = "v1:" + Base64.getEncoder().encodeToString(altered);
            assertThatThrownBy(() -> cipher.decrypt(tampered, "person.name")).as("byte %d", i)
                    .isInstanceOf(ProtectedDataUnreadableException.class);
        }
    }

    @Test
    void truncatedUnknownVersionAndGarbageAreRefused() {
        String stored = cipher.encrypt("Anna Ivanova", "person.name");
        for (String bad : new String[] {stored.substring(0, stored.length() - 4), "v2:" + stored.substring(3),
                stored.substring(3), "v1:not base64!", "Anna Ivanova"}) {
            assertThatThrownBy(() -> cipher.decrypt(bad, "person.name")).as(bad)
                    .isInstanceOf(ProtectedDataUnreadableException.class);
        }
    }

    @Test
    void valueMovedToAnotherFieldIsRefused() {
        String name = cipher.encrypt("Anna Ivanova", "person.name");
        assertThatThrownBy(() -> cipher.decrypt(name, "person.aliases"))
                .isInstanceOf(ProtectedDataUnreadableException.class);
        assertThatThrownBy(() -> cipher.decrypt(name, "exploitation.narrative"))
                .isInstanceOf(ProtectedDataUnreadableException.class);
    }

    @Test
    void refusalCarriesNeitherValueNorCause() {
        String stored = cipher.encrypt("Anna Ivanova", "person.name");
        assertThatThrownBy(() -> cipher.decrypt(stored, "person.contact"))
                .isInstanceOfSatisfying(ProtectedDataUnreadableException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("privacy.error.unreadable");
                    assertThat(e.messageKey()).isEqualTo("privacy.error.unreadable");
                    assertThat(e.arguments()).isEmpty();
                    assertThat(e.getCause()).isNull();
                });
    }

    @Test
    void anotherKeyFileCannotRead() {
        String stored = cipher.encrypt("Anna Ivanova", "person.name");
        var other = new FieldCipher(Keys.open(folder.resolve("other.properties"), true));
        assertThatThrownBy(() -> other.decrypt(stored, "person.name"))
                .isInstanceOf(ProtectedDataUnreadableException.class);
    }

    @Test
    void purposeMustBeACodeName() {
        for (String bad : new String[] {"", " ", "person name", "Anna Ivanova, 1990-01-01", "1st", "x".repeat(65)}) {
            assertThatThrownBy(() -> cipher.encrypt("x", bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("invalid purpose name");
            assertThatThrownBy(() -> cipher.decrypt("v1:AAAA", bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
