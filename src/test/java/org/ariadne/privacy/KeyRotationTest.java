package org.ariadne.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ariadne.privacy.internal.Keys;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyRotationTest {

    @TempDir
    Path folder;

    private Path file;
    private FieldCipher cipher;
    private KeyRotation rotation;

    @BeforeEach
    void keys() {
        file = folder.resolve("keys.properties");
        Keys keys = Keys.open(file, true);
        cipher = new FieldCipher(keys);
        rotation = new KeyRotation(keys);
    }

    @Test
    void oldValuesStayReadableAndNewValuesUseTheNewKey() {
        int first = rotation.primaryKeyId();
        String old = cipher.encrypt("Anna Ivanova", "person.name");
        assertThat(cipher.isUnderPrimaryKey(old)).isTrue();

        int second = rotation.addPrimaryKey();

        assertThat(second).isNotEqualTo(first).isEqualTo(rotation.primaryKeyId());
        assertThat(rotation.encryptionKeyCount()).isEqualTo(2);
        assertThat(cipher.decrypt(old, "person.name")).isEqualTo("Anna Ivanova");
        assertThat(cipher.isUnderPrimaryKey(old)).isFalse();
        String fresh = cipher.encrypt("Anna Ivanova", "person.name");
        assertThat(cipher.isUnderPrimaryKey(fresh)).isTrue();
    }

    @Test
    void rotationIsSavedInTheKeyFile() {
        String old = cipher.encrypt("Anna Ivanova", "person.name");
        int second = rotation.addPrimaryKey();
        String fresh = cipher.encrypt("Ivan Petrov", "person.name");

        Keys reloaded = Keys.open(file, false);
        var again = new FieldCipher(reloaded);
        assertThat(reloaded.primaryKeyId()).isEqualTo(second);
        assertThat(again.decrypt(old, "person.name")).isEqualTo("Anna Ivanova");
        assertThat(again.decrypt(fresh, "person.name")).isEqualTo("Ivan Petrov");
        assertThat(again.isUnderPrimaryKey(fresh)).isTrue();
        assertThat(again.isUnderPrimaryKey(old)).isFalse();
    }

    @Test
    void reencryptionMovesOldValuesToTheNewKeyAndLeavesTheRest() {
        List<@Nullable String> batch = new ArrayList<>();
        batch.add(cipher.encrypt("Anna Ivanova", "person.name"));
        batch.add(null);
        batch.add(cipher.encrypt("Олег Сидоров", "person.name"));
        rotation.addPrimaryKey();
        String alreadyCurrent = cipher.encrypt("Maria Popescu", "person.name");
        batch.add(alreadyCurrent);

        List<@Nullable String> moved = cipher.reencrypt(batch, "person.name");

        assertThat(moved).hasSize(4);
        assertThat(moved.get(0)).isNotEqualTo(batch.get(0));
        assertThat(moved.get(1)).isNull();
        assertThat(moved.get(3)).isSameAs(alreadyCurrent);
        assertThat(moved.stream().filter(v -> v != null).allMatch(cipher::isUnderPrimaryKey)).isTrue();
        assertThat(moved.stream().map(v -> cipher.decrypt(v, "person.name")).toList())
                .containsExactly("Anna Ivanova", "", "Олег Сидоров", "Maria Popescu");
    }

    @Test
    void aValueMovedOnceIsDueAgainAfterTheNextRotation() {
        String old = cipher.encrypt("Anna Ivanova", "person.name");
        rotation.addPrimaryKey();
        String moved = cipher.reencrypt(List.of(old), "person.name").getFirst();
        rotation.addPrimaryKey();
        // Three keys now; the moved value is under the second, still readable, and due again.
        assertThat(rotation.encryptionKeyCount()).isEqualTo(3);
        assertThat(cipher.isUnderPrimaryKey(moved)).isFalse();
        assertThat(cipher.decrypt(moved, "person.name")).isEqualTo("Anna Ivanova");
    }

    @Test
    void reencryptionDoesNotRebindAValueToAnotherPurpose() {
        String name = cipher.encrypt("Anna Ivanova", "person.name");
        rotation.addPrimaryKey();
        assertThatThrownBy(() -> cipher.reencrypt(Arrays.asList(name), "person.aliases"))
                .isInstanceOf(ProtectedDataUnreadableException.class);
    }

    @Test
    void tamperedValueIsNotTakenAsCurrent() {
        assertThatThrownBy(() -> cipher.isUnderPrimaryKey("v1:%%%"))
                .isInstanceOf(ProtectedDataUnreadableException.class);
        assertThat(cipher.isUnderPrimaryKey("v1:AAAAAAAA")).isFalse();
    }
}
