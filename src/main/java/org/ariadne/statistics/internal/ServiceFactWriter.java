package org.ariadne.statistics.internal;

import java.sql.Date;
import java.sql.Types;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.ariadne.support.ServiceFeedbackGiven;
import org.ariadne.support.ServiceReferralChanged;
import org.ariadne.support.ServiceReferralStatus;
import org.ariadne.support.ServiceType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Writes one row per service referral, and keeps the case row's summary of services received and denied. */
@Component
class ServiceFactWriter {

    // prev_month first: the month the row is in before the statement (see FactChanges).
    private static final String REFERRAL = "INSERT INTO stat_service_fact (referral_key, case_key, service_type, status,"
            + " decline_reason, referring_actor, provider_actor, referred_month, answer_days, delivered, caseworker_rating,"
            + " region) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE prev_month = referred_month,"
            + " service_type = VALUES(service_type), status = VALUES(status), region = VALUES(region),"
            + " decline_reason = VALUES(decline_reason),"
            + " referring_actor = VALUES(referring_actor), provider_actor = VALUES(provider_actor),"
            + " referred_month = VALUES(referred_month), answer_days = VALUES(answer_days),"
            + " delivered = VALUES(delivered), caseworker_rating = VALUES(caseworker_rating)";
    // Feedback may come before the referral row in a replay: the row is then completed by the referral.
    private static final String FEEDBACK = "INSERT INTO stat_service_fact (referral_key, case_key, service_type, status,"
            + " referring_actor, provider_actor, referred_month, victim_rating, needs_met, region)"
            + " VALUES (?, ?, ?, 'COMPLETED', 'SERVICE_PROVIDER', 'SERVICE_PROVIDER', ?, ?, ?, ?) ON DUPLICATE KEY UPDATE"
            + " prev_month = referred_month, victim_rating = VALUES(victim_rating), needs_met = VALUES(needs_met),"
            + " region = VALUES(region)";

    private final JdbcTemplate jdbc;
    private final CaseFactWriter cases;
    private final FactChanges changes;

    ServiceFactWriter(JdbcTemplate jdbc, CaseFactWriter cases, FactChanges changes) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.changes = changes;
    }

    void referrals(List<ServiceReferralChanged> events) {
        Map<String, String> regions = cases.lockForServices(events.stream().map(ServiceReferralChanged::caseKey).toList());
        jdbc.batchUpdate(REFERRAL, events, 1000, (ps, e) -> {
            ps.setString(1, e.referralKey());
            ps.setString(2, e.caseKey());
            ps.setString(3, e.serviceType().name());
            ps.setString(4, e.status().name());
            ps.setString(5, e.declineReason() == null ? null : e.declineReason().name());
            ps.setString(6, e.referringActorType().name());
            ps.setString(7, e.providerActorType().name());
            ps.setDate(8, Date.valueOf(e.referredOn().withDayOfMonth(1)));
            if (e.answeredOn() == null) {
                ps.setNull(9, Types.INTEGER);
            } else {
                ps.setInt(9, (int) Math.max(0, ChronoUnit.DAYS.between(e.referredOn(), e.answeredOn())));
            }
            ps.setBoolean(10, delivered(e));
            if (e.caseworkerRating() == null) {
                ps.setNull(11, Types.TINYINT);
            } else {
                ps.setInt(11, Math.clamp(e.caseworkerRating(), 1, 5));
            }
            ps.setString(12, regions.get(e.caseKey()));
        });
        changes.referrals(events.stream().map(ServiceReferralChanged::referralKey).toList());
        summarise(events.stream().map(ServiceReferralChanged::caseKey).toList());
    }

    void feedback(List<ServiceFeedbackGiven> events) {
        Map<String, String> regions = cases.lockForServices(events.stream().map(ServiceFeedbackGiven::caseKey).toList());
        jdbc.batchUpdate(FEEDBACK, events, 1000, (ps, e) -> {
            ps.setString(1, e.referralKey());
            ps.setString(2, e.caseKey());
            ps.setString(3, e.serviceType().name());
            ps.setDate(4, Date.valueOf(e.month().atDay(1)));
            ps.setInt(5, Math.clamp(e.rating(), 1, 5));
            ps.setString(6, e.needsMet().name());
            ps.setString(7, regions.get(e.caseKey()));
        });
        changes.referrals(events.stream().map(ServiceFeedbackGiven::referralKey).toList());
    }

    private static boolean delivered(ServiceReferralChanged e) {
        return e.status() == ServiceReferralStatus.DELIVERING || e.status() == ServiceReferralStatus.COMPLETED
                || e.deliveryStart() != null;
    }

    private void summarise(List<String> caseKeys) {
        List<String> distinct = new java.util.ArrayList<>(new LinkedHashSet<>(caseKeys));
        for (int from = 0; from < distinct.size(); from += 500) {
            List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + 500));
            java.util.Map<String, int[]> masks = new java.util.LinkedHashMap<>();
            chunk.forEach(key -> masks.put(key, new int[2]));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            jdbc.query("SELECT case_key, service_type, delivered, status FROM stat_service_fact WHERE case_key IN ("
                    + marks + ")", rs -> {
                        int[] m = masks.get(rs.getString(1));
                        int bit = Bits.bit(ServiceType.valueOf(rs.getString(2)));
                        if (rs.getBoolean(3)) {
                            m[0] |= bit;
                        }
                        if (ServiceReferralStatus.DECLINED.name().equals(rs.getString(4))) {
                            m[1] |= bit;
                        }
                    }, chunk.toArray());
            cases.services(masks);
        }
    }
}
