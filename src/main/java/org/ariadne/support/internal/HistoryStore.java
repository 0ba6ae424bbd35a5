package org.ariadne.support.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.ariadne.cases.CaseCode;
import org.ariadne.organisations.OrganisationId;
import org.ariadne.support.DeclineReason;
import org.ariadne.support.RevocationCause;
import org.ariadne.support.ServiceReferralStatus;
import org.ariadne.support.ServiceType;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Each change of a service referral, for the case's timeline: who, for which organisation, what and when. */
@Component
public class HistoryStore {

    /** One change, with the referral's service type, provider, decline reason and revocation cause. */
    public record Change(long referralId, Instant at, String username, OrganisationId organisation, String action,
                         ServiceReferralStatus status, ServiceType serviceType, OrganisationId provider,
                         @Nullable DeclineReason declineReason, @Nullable RevocationCause revokedBecause) {
    }

    private final JdbcTemplate jdbc;

    HistoryStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void add(StoredReferral referral, String action, Instant at, String username, OrganisationId organisation) {
        jdbc.update("INSERT INTO service_referral_event (referral_id, case_code, at, username, org_id, action, status)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)", referral.id(), referral.code().value(), Timestamp.from(at),
                username, organisation.value(), action, referral.status().name());
    }

    /** A case's changes in the order they happened. */
    public List<Change> ofCase(CaseCode code) {
        return jdbc.query("SELECT e.referral_id, e.at, e.username, e.org_id, e.action, e.status, r.service_type,"
                        + " r.provider_org_id, r.decline_reason, r.revoked_because FROM service_referral_event e"
                        + " JOIN service_referral r ON r.id = e.referral_id"
                        + " WHERE e.case_code = ? ORDER BY e.at, e.id",
                (rs, row) -> new Change(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        new OrganisationId(rs.getLong(4)), rs.getString(5), ServiceReferralStatus.valueOf(rs.getString(6)),
                        ServiceType.valueOf(rs.getString(7)), new OrganisationId(rs.getLong(8)),
                        rs.getString(9) == null ? null : DeclineReason.valueOf(rs.getString(9)),
                        rs.getString(10) == null ? null : RevocationCause.valueOf(rs.getString(10))),
                code.value());
    }
}
