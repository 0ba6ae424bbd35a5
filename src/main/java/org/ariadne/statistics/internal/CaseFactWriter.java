package org.ariadne.statistics.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ariadne.cases.CaseProfileRecorded;
import org.ariadne.cases.StatisticalProfile;
import org.ariadne.justice.JusticeRecorded;
import org.ariadne.referrals.DecisionFact;
import org.ariadne.referrals.NrmSnapshot;
import org.ariadne.referrals.NrmStepRecorded;
import org.ariadne.statistics.CitizenshipGroup;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the anonymised case facts. Everything is an upsert keyed by the case key, because the
 * events about one case may arrive in any order; batches serve the synthetic generator through
 * the same statements.
 */
@Component
class CaseFactWriter {

    /**
     * First in every update of a row: the months it is in before the statement changes it, read back by
     * {@link FactChanges} so that the months a row leaves are bumped as well as those it enters.
     */
    static final String PREVIOUS = " prev_ref_month = ref_month, prev_rg_month = rg_month, prev_cd_month = cd_month";
    private static final String PROFILE = "INSERT INTO stat_case_fact (case_key, person_key, synthetic, ref_month,"
            + " region, identifying_actor, channel, forms, sexual_types, tech_facilitated, economic_sector, age_band,"
            + " child, age_disputed, sex, citizenship_group, disability, pregnant)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE"
            + PREVIOUS + ", prev_region = region, person_key = VALUES(person_key), synthetic = VALUES(synthetic),"
            + " ref_month = VALUES(ref_month), region = VALUES(region), identifying_actor = VALUES(identifying_actor), channel = VALUES(channel),"
            + " forms = VALUES(forms), sexual_types = VALUES(sexual_types), tech_facilitated = VALUES(tech_facilitated),"
            + " economic_sector = VALUES(economic_sector), age_band = VALUES(age_band), child = VALUES(child),"
            + " age_disputed = VALUES(age_disputed), sex = VALUES(sex), citizenship_group = VALUES(citizenship_group),"
            + " disability = VALUES(disability), pregnant = VALUES(pregnant)";
    private static final String NRM = "INSERT INTO stat_case_fact (case_key, ref_month, stage, anonymous, consent,"
            + " referred_month, referred_by, rg_positive, rg_month, rg_by, rg_days, cd_positive, cd_month, cd_by, cd_days,"
            + " reconsidered, assistance, outcome, close_reason, barriers, research_consent, child)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE"
            + PREVIOUS + ", ref_month = COALESCE(ref_month, VALUES(ref_month)), stage = VALUES(stage),"
            + " anonymous = VALUES(anonymous), consent = VALUES(consent), referred_month = VALUES(referred_month), referred_by = VALUES(referred_by),"
            + " rg_positive = VALUES(rg_positive), rg_month = VALUES(rg_month), rg_by = VALUES(rg_by),"
            + " rg_days = VALUES(rg_days), cd_positive = VALUES(cd_positive), cd_month = VALUES(cd_month),"
            + " cd_by = VALUES(cd_by), cd_days = VALUES(cd_days), reconsidered = VALUES(reconsidered),"
            + " assistance = VALUES(assistance), outcome = VALUES(outcome), close_reason = VALUES(close_reason),"
            + " barriers = VALUES(barriers), research_consent = VALUES(research_consent), child = child OR VALUES(child)";
    private static final String JUSTICE = "INSERT INTO stat_case_fact (case_key, cooperation, witness, linked_offences,"
            + " non_punishment, comp_claimed, comp_awarded, comp_paid) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON DUPLICATE KEY UPDATE" + PREVIOUS + ", cooperation = VALUES(cooperation), witness = VALUES(witness),"
            + " linked_offences = VALUES(linked_offences), non_punishment = VALUES(non_punishment),"
            + " comp_claimed = VALUES(comp_claimed), comp_awarded = VALUES(comp_awarded), comp_paid = VALUES(comp_paid)";

    private final JdbcTemplate jdbc;
    private final FactChanges changes;

    CaseFactWriter(JdbcTemplate jdbc, FactChanges changes) {
        this.jdbc = jdbc;
        this.changes = changes;
    }

    void profiles(List<CaseProfileRecorded> events, String nationalCountry) {
        if (events.isEmpty()) {
            return;
        }
        Set<String> persons = new java.util.HashSet<>();
        for (CaseProfileRecorded e : events) {
            if (e.personKey() != null) {
                persons.add(e.personKey());
            }
        }
        // An erased identity leaves its old person key behind: recount that person's other rows too.
        persons.addAll(previousPersonKeys(events));
        jdbc.batchUpdate(PROFILE, events, 1000, (ps, e) -> {
            StatisticalProfile p = e.profile();
            ps.setString(1, e.caseKey());
            ps.setString(2, e.personKey());
            ps.setBoolean(3, e.synthetic());
            ps.setDate(4, month(p.referenceMonth()));
            ps.setString(5, p.region());
            ps.setString(6, p.identifyingActorType().name());
            ps.setString(7, p.channel() == null ? null : p.channel().name());
            ps.setInt(8, Bits.of(p.forms()));
            ps.setInt(9, Bits.of(p.sexualTypes()));
            ps.setBoolean(10, p.technologyFacilitated());
            ps.setString(11, p.economicSector() == null ? null : p.economicSector().name());
            ps.setString(12, p.ageBand().name());
            ps.setBoolean(13, p.child());
            ps.setBoolean(14, p.ageDisputed());
            ps.setString(15, p.sex() == null ? null : p.sex().name());
            ps.setString(16, CitizenshipGroup.of(p.citizenshipCountry(), nationalCountry).name());
            ps.setString(17, p.disability() == null ? null : p.disability().name());
            ps.setBoolean(18, p.pregnant());
        });
        List<String> keys = events.stream().map(CaseProfileRecorded::caseKey).toList();
        changes.cases(keys);
        copyRegionToServices(keys);
        recount(persons);
        List<String> anonymous = events.stream().filter(e -> e.personKey() == null).map(CaseProfileRecorded::caseKey)
                .toList();
        jdbc.batchUpdate("UPDATE stat_case_fact SET" + PREVIOUS + ", counted = TRUE WHERE case_key = ?"
                + " AND person_key IS NULL", anonymous.stream().map(k -> new Object[] {k}).toList());
        changes.cases(anonymous);
    }

    /**
     * Service rows carry their case's region, so that service tables need no join; when a profile
     * changes the region (or gives the first one), the case's service rows follow in the same transaction.
     */
    private void copyRegionToServices(List<String> caseKeys) {
        List<String> changed = new ArrayList<>();
        inChunks(caseKeys, (marks, chunk) -> changed.addAll(jdbc.queryForList("SELECT case_key FROM stat_case_fact"
                + " WHERE case_key IN (" + marks + ") AND NOT (BINARY prev_region <=> BINARY region)", String.class,
                chunk)));
        if (changed.isEmpty()) {
            return;
        }
        inChunks(changed, (marks, chunk) -> jdbc.update("UPDATE stat_service_fact s JOIN stat_case_fact f"
                + " ON f.case_key = s.case_key SET s.prev_month = s.referred_month, s.region = f.region"
                + " WHERE s.case_key IN (" + marks + ")", chunk));
        changes.servicesOf(changed);
    }

    /**
     * Takes the case rows (creating empty ones for cases not seen yet) before their service rows are
     * written, and returns their regions as they are now: every writer of a case's facts holds its
     * row first, so a service row never gets a region its case has just given up.
     */
    Map<String, String> lockForServices(Collection<String> caseKeys) {
        List<String> keys = new ArrayList<>(new java.util.TreeSet<>(caseKeys));
        jdbc.batchUpdate("INSERT INTO stat_case_fact (case_key) VALUES (?) ON DUPLICATE KEY UPDATE case_key = case_key",
                keys.stream().map(k -> new Object[] {k}).toList());
        Map<String, String> regions = new HashMap<>();
        inChunks(keys, (marks, chunk) -> jdbc.query("SELECT case_key, region FROM stat_case_fact WHERE case_key IN ("
                + marks + ") LOCK IN SHARE MODE", rs -> {
                    regions.put(rs.getString(1), rs.getString(2));
                }, chunk));
        return regions;
    }

    void steps(List<NrmStepRecorded> events) {
        jdbc.batchUpdate(NRM, events, 1000, (ps, e) -> {
            NrmSnapshot s = e.state();
            ps.setString(1, e.caseKey());
            ps.setDate(2, month(YearMonth.from(s.detectedOn())));
            ps.setString(3, s.stage().name());
            ps.setBoolean(4, s.anonymous());
            ps.setString(5, s.consent().name());
            ps.setDate(6, s.referredOn() == null ? null : month(YearMonth.from(s.referredOn())));
            ps.setString(7, s.referredBy() == null ? null : s.referredBy().name());
            decision(ps, 8, s.reasonableGrounds(), s.referredOn());
            decision(ps, 12, s.conclusive(), s.referredOn());
            ps.setBoolean(16, reconsidered(s.reasonableGrounds()) || reconsidered(s.conclusive()));
            ps.setString(17, s.assistance().name());
            ps.setString(18, s.outcome() == null ? null : s.outcome().name());
            ps.setString(19, s.closeReason() == null ? null : s.closeReason().name());
            ps.setInt(20, Bits.of(s.barriers()));
            ps.setBoolean(21, s.researchConsent() && !s.child());
            ps.setBoolean(22, s.child());
        });
        changes.cases(events.stream().map(NrmStepRecorded::caseKey).toList());
    }

    void justice(List<JusticeRecorded> events) {
        jdbc.batchUpdate(JUSTICE, events, 1000, (ps, e) -> {
            ps.setString(1, e.caseKey());
            ps.setString(2, e.cooperation().name());
            ps.setBoolean(3, e.witness());
            ps.setBoolean(4, e.linkedOffences() > 0);
            ps.setString(5, e.nonPunishment().name());
            ps.setInt(6, Bits.of(e.claimed()));
            ps.setInt(7, Bits.of(e.awarded()));
            ps.setInt(8, Bits.of(e.paid()));
        });
        changes.cases(events.stream().map(JusticeRecorded::caseKey).toList());
    }

    /** Sets the summary of a case's services, kept on the case row so that one scan counts persons. */
    void services(Map<String, int[]> receivedAndDenied) {
        List<Object[]> rows = new ArrayList<>();
        receivedAndDenied.forEach((key, m) -> rows.add(new Object[] {key, m[0], m[1]}));
        jdbc.batchUpdate("INSERT INTO stat_case_fact (case_key, services_received, services_denied) VALUES (?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE" + PREVIOUS + ", services_received = VALUES(services_received),"
                + " services_denied = VALUES(services_denied)", rows);
        changes.cases(receivedAndDenied.keySet());
    }

    /**
     * The earliest record of a person (by reference month, then key) stands for them; the others are
     * kept but not counted, so national figures count each person once.
     */
    void recount(Set<String> personKeys) {
        if (personKeys.isEmpty()) {
            return;
        }
        List<String> keys = new ArrayList<>(personKeys);
        for (int from = 0; from < keys.size(); from += 500) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + 500));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            Map<String, List<String[]>> rows = new HashMap<>();
            jdbc.query("SELECT person_key, case_key, ref_month, counted FROM stat_case_fact WHERE person_key IN ("
                    + marks + ")", rs -> {
                        rows.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new String[] {rs.getString(2),
                                rs.getString(3) == null ? "9999-12-31" : rs.getString(3), rs.getBoolean(4) ? "1" : "0"});
                    }, chunk.toArray());
            List<Object[]> updates = new ArrayList<>();
            rows.forEach((person, list) -> {
                list.sort((a, b) -> a[1].equals(b[1]) ? a[0].compareTo(b[0]) : a[1].compareTo(b[1]));
                for (int i = 0; i < list.size(); i++) {
                    boolean counted = i == 0;
                    if (counted != "1".equals(list.get(i)[2])) {
                        updates.add(new Object[] {counted, list.get(i)[0]});
                    }
                }
            });
            jdbc.batchUpdate("UPDATE stat_case_fact SET" + PREVIOUS + ", counted = ? WHERE case_key = ?", updates);
            changes.cases(updates.stream().map(u -> (String) u[1]).toList());
        }
    }

    private List<String> previousPersonKeys(List<CaseProfileRecorded> events) {
        List<String> found = new ArrayList<>();
        List<String> keys = events.stream().map(CaseProfileRecorded::caseKey).toList();
        for (int from = 0; from < keys.size(); from += 500) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + 500));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            found.addAll(jdbc.queryForList("SELECT person_key FROM stat_case_fact WHERE person_key IS NOT NULL AND"
                    + " case_key IN (" + marks + ")", String.class, chunk.toArray()));
        }
        return found;
    }

    private interface ChunkQuery {
        void run(String marks, Object[] chunk);
    }

    private static void inChunks(List<String> keys, ChunkQuery query) {
        for (int from = 0; from < keys.size(); from += 500) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + 500));
            query.run(String.join(",", java.util.Collections.nCopies(chunk.size(), "?")), chunk.toArray());
        }
    }

    private static void decision(java.sql.PreparedStatement ps, int at, @Nullable DecisionFact d,
                                 @Nullable LocalDate referredOn) throws java.sql.SQLException {
        if (d == null) {
            ps.setNull(at, java.sql.Types.BOOLEAN);
            ps.setDate(at + 1, null);
            ps.setString(at + 2, null);
            ps.setNull(at + 3, java.sql.Types.INTEGER);
            return;
        }
        ps.setBoolean(at, d.positive());
        ps.setDate(at + 1, month(YearMonth.from(d.on())));
        ps.setString(at + 2, d.decidedBy().name());
        if (referredOn == null) {
            ps.setNull(at + 3, java.sql.Types.INTEGER);
        } else {
            ps.setInt(at + 3, (int) Math.max(0, ChronoUnit.DAYS.between(referredOn, d.on())));
        }
    }

    private static boolean reconsidered(@Nullable DecisionFact d) {
        return d != null && d.reconsidered();
    }

    private static Date month(YearMonth month) {
        return Date.valueOf(month.atDay(1));
    }
}
