package org.ariadne.statistics.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.ariadne.privacy.FieldCipher;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Review status and annotations of a national answer set; annotations are encrypted. */
@Component
public class AnswerSetStore {

    static final String PURPOSE = "statistics.annotation";

    public record Stored(long id, String status, @Nullable String reviewedBy, @Nullable Instant reviewedAt, int version) {
    }

    private final JdbcTemplate jdbc;
    private final FieldCipher cipher;

    AnswerSetStore(JdbcTemplate jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    public Optional<Stored> find(YearMonth from, YearMonth to) {
        return jdbc.query("SELECT id, status, reviewed_by, reviewed_at, version FROM stat_answer_set"
                        + " WHERE period_from = ? AND period_to = ?",
                (rs, n) -> new Stored(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(), rs.getInt(5)),
                Date.valueOf(from.atDay(1)), Date.valueOf(to.atDay(1))).stream().findFirst();
    }

    /** The answer set of the period, created as a draft when it does not exist yet. */
    public Stored findOrCreate(YearMonth from, YearMonth to) {
        return find(from, to).orElseGet(() -> {
            jdbc.update("INSERT IGNORE INTO stat_answer_set (period_from, period_to, status, version)"
                    + " VALUES (?, ?, 'DRAFT', 0)", Date.valueOf(from.atDay(1)), Date.valueOf(to.atDay(1)));
            return find(from, to).orElseThrow();
        });
    }

    /** Sets the status if the version is still the expected one; false on a concurrent change. */
    public boolean setStatus(long id, String status, @Nullable String by, @Nullable Instant at, int expectedVersion) {
        return jdbc.update("UPDATE stat_answer_set SET status = ?, reviewed_by = ?, reviewed_at = ?,"
                        + " version = version + 1 WHERE id = ? AND version = ?", status, by,
                at == null ? null : Timestamp.from(at), id, expectedVersion) == 1;
    }

    /** Writes a note (a draft's content changes, so the version moves on); false on a concurrent change. */
    public boolean annotate(long id, String code, String note, String by, Instant at, int expectedVersion) {
        if (jdbc.update("UPDATE stat_answer_set SET version = version + 1 WHERE id = ? AND version = ?", id,
                expectedVersion) != 1) {
            return false;
        }
        if (note.isBlank()) {
            jdbc.update("DELETE FROM stat_annotation WHERE answer_set_id = ? AND code = ?", id, code);
        } else {
            jdbc.update("INSERT INTO stat_annotation (answer_set_id, code, note_enc, updated_by, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE note_enc = VALUES(note_enc),"
                    + " updated_by = VALUES(updated_by), updated_at = VALUES(updated_at)", id, code,
                    cipher.encrypt(note, PURPOSE), by, Timestamp.from(at));
        }
        return true;
    }

    public Map<String, String> annotations(long id) {
        Map<String, String> notes = new HashMap<>();
        jdbc.query("SELECT code, note_enc FROM stat_annotation WHERE answer_set_id = ?", rs -> {
            notes.put(rs.getString(1), cipher.decrypt(rs.getString(2), PURPOSE));
        }, id);
        return notes;
    }
}
