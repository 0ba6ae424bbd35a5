package org.ariadne.referrals.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.ariadne.cases.CaseCode;
import org.ariadne.organisations.OrganisationId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Which deadline reminders were sent: one per case, kind and last day. */
@Component
public class ReminderStore {

    private final JdbcTemplate jdbc;

    ReminderStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims a reminder; false when it was sent before (by this node or another). The primary key
     * decides, so two runs racing each other cannot both claim it.
     */
    public boolean claim(CaseCode code, String kind, LocalDate lastDay, OrganisationId to, Instant at) {
        return jdbc.update("INSERT IGNORE INTO deadline_reminder (case_code, kind, last_day, organisation_id, sent_at)"
                + " VALUES (?, ?, ?, ?, ?)", code.value(), kind, lastDay, to.value(), Timestamp.from(at)) == 1;
    }
}
