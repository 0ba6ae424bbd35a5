package org.ariadne.cases.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ariadne.cases.AssessmentRecord;
import org.ariadne.cases.CaseCode;
import org.ariadne.indicators.AgeGroup;
import org.ariadne.indicators.AssessmentResult;
import org.ariadne.indicators.Dimension;
import org.ariadne.indicators.Outcome;
import org.ariadne.organisations.Actor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Indicator assessments of a case, several over time; never changed once written. */
@Component
public class AssessmentStore {

    private final JdbcTemplate jdbc;

    AssessmentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void add(CaseCode code, AssessmentResult result, List<String> ticked, Actor actor, Instant at) {
        jdbc.update("INSERT INTO case_assessment (case_id, catalogue_code, age_group, outcome, dimensions, ticked,"
                        + " assessed_at, assessed_by, organisation_id)"
                        + " SELECT id, ?, ?, ?, ?, ?, ?, ?, ? FROM case_record WHERE code = ?",
                result.catalogueCode(), result.ageGroup().name(), result.outcome().name(),
                result.present().stream().sorted().map(Enum::name).collect(Collectors.joining(",")),
                String.join(",", ticked.stream().sorted().distinct().toList()), Timestamp.from(at), actor.username(),
                actor.organisationId().value(), code.value());
    }

    public List<AssessmentRecord> of(CaseCode code) {
        return jdbc.query("SELECT a.assessed_at, a.assessed_by, a.catalogue_code, a.age_group, a.outcome, a.dimensions,"
                + " a.ticked FROM case_assessment a JOIN case_record c ON c.id = a.case_id WHERE c.code = ?"
                + " ORDER BY a.assessed_at DESC, a.id DESC", (rs, i) -> new AssessmentRecord(
                rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), AgeGroup.valueOf(rs.getString(4)),
                Outcome.valueOf(rs.getString(5)), dimensions(rs.getString(6)), split(rs.getString(7))), code.value());
    }

    private static Set<Dimension> dimensions(String stored) {
        Set<Dimension> set = EnumSet.noneOf(Dimension.class);
        split(stored).forEach(d -> set.add(Dimension.valueOf(d)));
        return set;
    }

    private static List<String> split(String stored) {
        return stored.isEmpty() ? List.of() : Arrays.asList(stored.split(","));
    }
}
