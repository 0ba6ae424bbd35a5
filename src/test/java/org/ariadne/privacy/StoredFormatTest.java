package org.ariadne.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import org.ariadne.privacy.internal.Keys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Stored values outlive the code that wrote them. These were written once with a fixed test key
 * file; if a change to the format, the associated data, the normaliser or the index input breaks
 * them, stored data would break the same way, and the change needs a migration.
 */
class StoredFormatTest {

    private static final String STORED_NAME = "v1:AeZudb4lWYZZxj9Xy41wwvgFHF8oPKp26jXUftyvUpI8oDPN3rWhTjHNPYFW";
    private static final String IDENTITY = "4da69005ce0a11ae4765cc48d5c0d76b6b071845d83c2ac43c58beadf167d0b9";

    private Keys keys;

    @BeforeEach
    void fixtureKeys() throws URISyntaxException {
        var file = Objects.requireNonNull(getClass().getResource("/privacy/fixture-keys.properties"));
        keys = Keys.open(Path.of(file.toURI()), false);
    }

    @Test
    void aVersionOneValueStaysReadable() {
        var cipher = new FieldCipher(keys);
        assertThat(cipher.decrypt(STORED_NAME, "person.name")).isEqualTo("Anna Ivanova");
        assertThat(cipher.isUnderPrimaryKey(STORED_NAME)).isTrue();
    }

    @Test
    void aStoredIdentityStillMatches() {
        var index = new BlindIndex(keys);
        LocalDate birth = LocalDate.of(1998, 3, 14);
        // Written from "Анна Иванова"; found again from the Latin spelling.
        assertThat(index.identity("Ivanova, Anna", birth)).isEqualTo(IDENTITY);
    }
}
