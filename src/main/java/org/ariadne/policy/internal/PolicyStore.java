package org.ariadne.policy.internal;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.ariadne.common.ConflictException;
import org.ariadne.organisations.ActorType;
import org.ariadne.policy.ClockSettings;
import org.ariadne.policy.NrmFunction;
import org.ariadne.policy.PolicyProfile;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** Versions of the national policy profile; a version is written once and never changed. */
@Component
public class PolicyStore {

    private final JdbcTemplate jdbc;

    PolicyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Stored(PolicyProfile profile, String basedOn, Instant createdAt, String createdBy) {
    }

    /** Writes a new version; a version number taken meanwhile by someone else is a conflict, not an overwrite. */
    public void add(PolicyProfile p, String basedOn, Instant at, String by) {
        try {
            insert(p, basedOn, at, by);
        } catch (DuplicateKeyException e) {
            throw ConflictException.staleVersion();
        }
    }

    private void insert(PolicyProfile p, String basedOn, Instant at, String by) {
        ClockSettings c = p.clocks();
        jdbc.update("INSERT INTO policy_profile_version (version, effective_from, based_on, matrix, recovery_days,"
                        + " reasonable_grounds_days, reconsideration_days, age_of_majority, conclusive_before_recovery,"
                        + " at_risk_days, weekend, holidays, created_at, created_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", p.version(), p.effectiveFrom(), basedOn,
                matrix(p.matrix()), c.recoveryPeriodDays(), c.reasonableGroundsWorkingDays(),
                c.reconsiderationWindowDays(), c.ageOfMajority(), c.conclusiveBeforeRecoveryEnds(), c.atRiskDays(),
                c.weekend().stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
                p.publicHolidays().stream().map(LocalDate::toString).collect(Collectors.joining(",")),
                Timestamp.from(at), by);
    }

    /** The version with the latest effective date on or before the day; of several on that date, the last adopted. */
    public Optional<Stored> inForceOn(LocalDate day) {
        return jdbc.query("SELECT * FROM policy_profile_version WHERE effective_from <= ?"
                        + " ORDER BY effective_from DESC, version DESC LIMIT 1",
                MAPPER, day).stream().findFirst();
    }

    public Optional<Stored> latest() {
        return jdbc.query("SELECT * FROM policy_profile_version ORDER BY version DESC LIMIT 1", MAPPER).stream()
                .findFirst();
    }

    public List<Stored> history() {
        return jdbc.query("SELECT * FROM policy_profile_version ORDER BY version DESC", MAPPER);
    }

    private static final RowMapper<Stored> MAPPER = (rs, i) -> new Stored(new PolicyProfile(rs.getInt("version"),
            rs.getDate("effective_from").toLocalDate(), matrix(rs.getString("matrix")),
            new ClockSettings(rs.getInt("recovery_days"), rs.getInt("reasonable_grounds_days"),
                    rs.getInt("reconsideration_days"), rs.getInt("age_of_majority"),
                    rs.getBoolean("conclusive_before_recovery"), rs.getInt("at_risk_days"),
                    weekend(rs.getString("weekend"))), holidays(rs.getString("holidays"))),
            rs.getString("based_on"), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));

    static String matrix(Map<ActorType, Set<NrmFunction>> matrix) {
        return matrix.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey().name() + "=" + e.getValue().stream().map(Enum::name).sorted()
                        .collect(Collectors.joining(","))).sorted().collect(Collectors.joining(";"));
    }

    static Map<ActorType, Set<NrmFunction>> matrix(String stored) {
        Map<ActorType, Set<NrmFunction>> matrix = new EnumMap<>(ActorType.class);
        for (ActorType type : ActorType.values()) {
            matrix.put(type, EnumSet.noneOf(NrmFunction.class));
        }
        for (String entry : stored.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] parts = entry.split("=");
            Arrays.stream(parts[1].split(",")).forEach(f -> matrix.get(ActorType.valueOf(parts[0])).add(NrmFunction.valueOf(f)));
        }
        return matrix;
    }

    private static Set<DayOfWeek> weekend(String stored) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        Arrays.stream(stored.split(",")).filter(s -> !s.isBlank()).forEach(d -> days.add(DayOfWeek.valueOf(d)));
        return days;
    }

    private static TreeSet<LocalDate> holidays(String stored) {
        TreeSet<LocalDate> days = new TreeSet<>();
        Arrays.stream(stored.split(",")).filter(s -> !s.isBlank()).forEach(d -> days.add(LocalDate.parse(d)));
        return days;
    }
}
