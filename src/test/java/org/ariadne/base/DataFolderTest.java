package org.ariadne.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DataFolderTest {

    private static final String TMP = System.getProperty("java.io.tmpdir");

    @Test
    void anExplicitFolderOutsideTheTemporaryFolderIsUsedAsItIs() {
        Path home = Path.of(System.getProperty("user.home"), "ariadne-elsewhere");
        assertThat(DataFolder.resolve(home.toString(), false)).isEqualTo(home.toAbsolutePath());
    }

    @Test
    void anExplicitFolderInsideTheTemporaryFolderIsRefusedWithTheSettingNamed() {
        assertThatThrownBy(() -> DataFolder.resolve(Path.of(TMP, "x").toString(), false))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("ARIADNE_DATA_DIR");
    }

    @Test
    void testsMayThrowTheirDataAway() {
        Path inside = Path.of(TMP, "test-db");
        assertThat(DataFolder.resolve(inside.toString(), true)).isEqualTo(inside.toAbsolutePath());
    }

    @Test
    void theDefaultMovesOutOfATemporaryCheckout() {
        assertThat(DataFolder.insideTemporaryFolder(Path.of(TMP, "checkout", "data"))).isTrue();
        // The default "./data" resolves against the working directory; where that is inside the
        // temporary folder, the data must still survive a restart.
        Path resolved = DataFolder.resolve(DataFolder.DEFAULT, false);
        assertThat(DataFolder.insideTemporaryFolder(resolved)).isFalse();
    }
}
