package org.ariadne.notifications.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.ariadne.notifications.NotificationItem;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Notifications per organisation and read marks per user. Authorisation is the service's job. */
@Component
public class NotificationStore {

    private static final String UNREAD = " NOT EXISTS (SELECT 1 FROM notification_read r WHERE r.notification_id = n.id"
            + " AND r.username = ?)";

    private final JdbcTemplate jdbc;

    NotificationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void add(long organisationId, String kind, @Nullable String caseCode, Instant at) {
        jdbc.update("INSERT INTO notification (organisation_id, kind, case_code, created_at) VALUES (?, ?, ?, ?)",
                organisationId, kind, caseCode, Timestamp.from(at));
    }

    public List<NotificationItem> page(long organisationId, String username, int offset, int limit) {
        return jdbc.query("SELECT n.id, n.kind, n.case_code, n.created_at, EXISTS (SELECT 1 FROM notification_read r"
                        + " WHERE r.notification_id = n.id AND r.username = ?) FROM notification n"
                        + " WHERE n.organisation_id = ? ORDER BY n.id DESC LIMIT ? OFFSET ?",
                (rs, i) -> new NotificationItem(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getBoolean(5)), username, organisationId, limit, offset);
    }

    public long count(long organisationId) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE organisation_id = ?", Long.class,
                organisationId);
        return n == null ? 0 : n;
    }

    public long unread(long organisationId, String username) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM notification n WHERE n.organisation_id = ? AND" + UNREAD,
                Long.class, organisationId, username);
        return n == null ? 0 : n;
    }

    public boolean belongsTo(long id, long organisationId) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE id = ? AND organisation_id = ?",
                Long.class, id, organisationId);
        return n != null && n > 0;
    }

    public void markRead(long id, String username, Instant at) {
        jdbc.update("INSERT IGNORE INTO notification_read (notification_id, username, read_at) VALUES (?, ?, ?)", id,
                username, Timestamp.from(at));
    }

    public void markAllRead(long organisationId, String username, Instant at) {
        jdbc.update("INSERT IGNORE INTO notification_read (notification_id, username, read_at) SELECT n.id, ?, ?"
                + " FROM notification n WHERE n.organisation_id = ? AND" + UNREAD, username, Timestamp.from(at),
                organisationId, username);
    }
}
