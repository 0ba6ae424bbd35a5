package org.ariadne.statistics.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The administrator's disclosure-control settings (one row, absent until first changed). */
@Component
public class SettingsStore {

    public record Stored(int k, int roundingBase, int exportK, String updatedBy, Instant updatedAt, int version) {
    }

    private final JdbcTemplate jdbc;

    SettingsStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Stored> find() {
        return jdbc.query("SELECT k, rounding_base, export_k, updated_by, updated_at, version FROM stat_settings"
                + " WHERE id = 1", (rs, n) -> new Stored(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getString(4),
                rs.getTimestamp(5).toInstant(), rs.getInt(6))).stream().findFirst();
    }

    /** Saves when the stored version is still the expected one (0 when none is stored); false on a conflict. */
    public boolean save(int k, int roundingBase, int exportK, String by, Instant at, int expectedVersion) {
        if (find().isEmpty()) {
            if (expectedVersion != 0) {
                return false;
            }
            jdbc.update("INSERT INTO stat_settings (id, k, rounding_base, export_k, updated_by, updated_at, version)"
                    + " VALUES (1, ?, ?, ?, ?, ?, 1)", k, roundingBase, exportK, by, Timestamp.from(at));
            return true;
        }
        return jdbc.update("UPDATE stat_settings SET k = ?, rounding_base = ?, export_k = ?, updated_by = ?,"
                + " updated_at = ?, version = version + 1 WHERE id = 1 AND version = ?", k, roundingBase, exportK, by,
                Timestamp.from(at), expectedVersion) == 1;
    }
}
