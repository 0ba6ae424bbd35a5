package org.ariadne.support.internal;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ariadne.support.PersonFeedback;
import org.ariadne.support.ServiceFeedbackGiven.NeedsMet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The person's feedback on services: one row per referral, with no recorder and only the month. */
@Component
public class FeedbackStore {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    FeedbackStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    public void add(long referralId, PersonFeedback feedback) {
        jdbc.update("INSERT INTO service_feedback (referral_id, rating, needs_met, month) VALUES (?, ?, ?, ?)",
                referralId, feedback.rating(), feedback.needsMet().name(), feedback.month().toString());
    }

    public Optional<PersonFeedback> of(long referralId) {
        return Optional.ofNullable(of(List.of(referralId)).get(referralId));
    }

    public Map<Long, PersonFeedback> of(List<Long> referralIds) {
        Map<Long, PersonFeedback> result = new HashMap<>();
        if (referralIds.isEmpty()) {
            return result;
        }
        named.query("SELECT referral_id, rating, needs_met, month FROM service_feedback WHERE referral_id IN (:ids)",
                Map.of("ids", referralIds), rs -> {
                    result.put(rs.getLong(1), new PersonFeedback(rs.getInt(2), NeedsMet.valueOf(rs.getString(3)),
                            YearMonth.parse(rs.getString(4))));
                });
        return result;
    }
}
