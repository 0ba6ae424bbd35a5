package org.ariadne.cases.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.ariadne.cases.AgeBand;
import org.ariadne.cases.AgeRule;
import org.ariadne.cases.StatisticalProfile;
import org.ariadne.cases.StatisticsKeys;
import org.ariadne.cases.SyntheticCasesRecorded;
import org.ariadne.cases.CaseCode;
import org.ariadne.cases.CaseStatus;
import org.ariadne.cases.Channel;
import org.ariadne.cases.ExploitationForm;
import org.ariadne.cases.PersonData;
import org.ariadne.cases.Sex;
import org.ariadne.organisations.ActorType;
import org.ariadne.organisations.Organisation;
import org.ariadne.privacy.BlindIndex;
import org.ariadne.privacy.FieldCipher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes synthetic cases, flagged synthetic, with distributions shaped like the OSCE survey's
 * (law enforcement identifies most cases; sexual exploitation and forced labour dominate; about a
 * third are children). JDBC batches in chunks, so a million cases load in minutes; names are still
 * encrypted and blind-indexed, exactly as real ones.
 */
@Component
public class SyntheticCases {

    private static final int CHUNK = 2_000;
    private static final String[] GIVEN = {"Ana", "Maria", "Elena", "Irina", "Olga", "Fatima", "Amina", "Grace",
            "Joy", "Mihai", "Ion", "Ahmed", "Samuel", "Daniel", "Nadia", "Oksana", "Yana", "Lina", "Rosa", "Vera"};
    private static final String[] FAMILY = {"Popescu", "Ivanova", "Petrova", "Okafor", "Mensah", "Haddad", "Rahimi",
            "Nguyen", "Kovacs", "Horvat", "Novak", "Silva", "Rossi", "Dumitru", "Bondarenko", "Sahin", "Diallo"};
    private static final String[] COUNTRIES = {"MD", "RO", "UA", "NG", "VN", "AL", "BG", "MA", "SY", "AF", "PH", "BR"};
    private static final String[] DESTINATIONS = {"IT", "DE", "FR", "ES", "GB", "NL", "AT", "PL", "TR"};
    private static final String[] REGIONS = {"Capital", "North", "South", "East", "West", "Coast"};

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final CaseCodeAllocator codes;
    private final FieldCipher cipher;
    private final BlindIndex blindIndex;
    private final StatisticsKeys keys;
    private final org.springframework.context.ApplicationEventPublisher events;

    SyntheticCases(JdbcTemplate jdbc, TransactionTemplate tx, CaseCodeAllocator codes, FieldCipher cipher,
                   BlindIndex blindIndex, StatisticsKeys keys, org.springframework.context.ApplicationEventPublisher events) {
        this.keys = keys;
        this.events = events;
        this.jdbc = jdbc;
        this.tx = tx;
        this.codes = codes;
        this.cipher = cipher;
        this.blindIndex = blindIndex;
    }

    record Row(String code, long organisationId, ActorType actorType, CaseStatus status, boolean child,
               Instant created, String nameEnc, String birthEnc, String hash, Integer estimatedAge, Sex sex,
               String citizenship, LocalDate encounter, String region, Channel channel, Set<ExploitationForm> forms,
               String destination, PersonData person) {
    }

    /** Generates {@code count} cases spread over the given organisations; returns how many were written. */
    public long generate(long count, List<Organisation> recorders, long seed) {
        var random = new Random(seed);
        long written = 0;
        while (written < count) {
            int n = (int) Math.min(CHUNK, count - written);
            int[] years = new int[n];
            var perYear = new java.util.TreeMap<Integer, Integer>();
            for (int i = 0; i < n; i++) {
                years[i] = 2019 + random.nextInt(8);
                perYear.merge(years[i], 1, Integer::sum);
            }
            var next = new java.util.HashMap<Integer, Long>();
            tx.executeWithoutResult(status -> perYear.forEach((year, k) -> next.put(year, codes.reserve(year, k))));
            List<Row> rows = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                long sequence = next.merge(years[i], 1L, Long::sum) - 1;
                rows.add(row(random, recorders, CaseCode.of(years[i], sequence).value(), years[i]));
            }
            tx.executeWithoutResult(status -> {
                insert(rows);
                events.publishEvent(new SyntheticCasesRecorded(rows.stream().map(this::recorded).toList()));
            });
            written += n;
        }
        return written;
    }

    private Row row(Random r, List<Organisation> recorders, String code, int year) {
        Organisation org = pickRecorder(r, recorders);
        boolean child = r.nextInt(100) < 30;
        LocalDate encounter = LocalDate.of(year, 1 + r.nextInt(12), 1 + r.nextInt(28));
        if (encounter.isAfter(LocalDate.now())) {
            encounter = LocalDate.now().minusDays(r.nextInt(300));
        }
        LocalDate birth = encounter.minusYears(child ? 8 + r.nextInt(10) : 18 + r.nextInt(40)).minusDays(r.nextInt(365));
        boolean knownBirth = r.nextInt(100) < 70;
        String name = GIVEN[r.nextInt(GIVEN.length)] + " " + FAMILY[r.nextInt(FAMILY.length)];
        Set<ExploitationForm> forms = forms(r, child);
        boolean sexual = forms.contains(ExploitationForm.SEXUAL_EXPLOITATION);
        Sex sex = r.nextInt(100) < (sexual ? 92 : 45) ? Sex.FEMALE : r.nextInt(100) < 97 ? Sex.MALE : Sex.OTHER;
        int statusRoll = r.nextInt(100);
        CaseStatus status = statusRoll < 5 ? CaseStatus.DRAFT : statusRoll < 80 ? CaseStatus.OPEN : CaseStatus.CLOSED;
        Instant created = encounter.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(r.nextInt(86_400));
        var person = new PersonData(name, null, knownBirth ? birth : null, knownBirth ? null : encounter.getYear() - birth.getYear(),
                false, sex, List.of(), List.of(), null, false, null, null);
        return new Row(code, org.id().value(), org.actorType(), status,
                AgeRule.isChild(person, encounter, AgeRule.DEFAULT_AGE_OF_MAJORITY), created,
                cipher.encrypt(name, "person.name"),
                knownBirth ? cipher.encrypt(birth.toString(), "person.dateOfBirth") : null,
                blindIndex.identity(name, knownBirth ? birth : null), person.estimatedAge(), sex,
                COUNTRIES[r.nextInt(COUNTRIES.length)], encounter, REGIONS[r.nextInt(REGIONS.length)],
                channelFor(org.actorType(), r), forms, DESTINATIONS[r.nextInt(DESTINATIONS.length)], person);
    }

    private SyntheticCasesRecorded.Synthetic recorded(Row row) {
        CaseCode code = new CaseCode(row.code());
        Integer age = AgeRule.ageAt(row.person().dateOfBirth(), row.person().estimatedAge(), row.encounter());
        var profile = new StatisticalProfile(java.time.YearMonth.from(row.encounter()), row.actorType(), row.channel(),
                row.forms(), Set.of(), false, null, AgeBand.of(age), row.child(), false, row.sex(), row.citizenship(),
                null, false, row.region());
        return new SyntheticCasesRecorded.Synthetic(code, new org.ariadne.organisations.OrganisationId(row.organisationId()),
                row.actorType(), row.status(), row.child(), row.created(), keys.caseKey(code), keys.personKey(row.person()),
                profile);
    }

    private static Organisation pickRecorder(Random r, List<Organisation> recorders) {
        // Law enforcement identifies most cases (71% in the 2020/21 survey): weight it.
        List<Organisation> weighted = new ArrayList<>();
        for (Organisation o : recorders) {
            int weight = o.actorType().isLawEnforcement() ? 6 : o.actorType() == ActorType.NGO ? 2 : 1;
            for (int i = 0; i < weight; i++) {
                weighted.add(o);
            }
        }
        return weighted.get(r.nextInt(weighted.size()));
    }

    private static Set<ExploitationForm> forms(Random r, boolean child) {
        Set<ExploitationForm> forms = EnumSet.noneOf(ExploitationForm.class);
        int roll = r.nextInt(100);
        forms.add(roll < 45 ? ExploitationForm.SEXUAL_EXPLOITATION : roll < 75 ? ExploitationForm.FORCED_LABOUR
                : roll < 85 ? ExploitationForm.FORCED_CRIMINALITY : roll < 91 ? ExploitationForm.FORCED_BEGGING
                : roll < 95 ? ExploitationForm.DOMESTIC_SERVITUDE : roll < 97 ? ExploitationForm.SHAM_MARRIAGE
                : roll < 98 ? ExploitationForm.FORCED_MARRIAGE : child ? ExploitationForm.ILLEGAL_ADOPTION
                : ExploitationForm.SALE_OF_NEWBORNS);
        if (r.nextInt(100) < 10) {
            forms.add(ExploitationForm.values()[r.nextInt(5)]);
        }
        return forms;
    }

    private static Channel channelFor(ActorType type, Random r) {
        return switch (type) {
            case POLICE -> Channel.POLICE_OPERATION;
            case BORDER_GUARD -> Channel.BORDER_CHECK;
            case LABOUR_INSPECTORATE -> Channel.LABOUR_INSPECTION;
            case NGO -> r.nextBoolean() ? Channel.OUTREACH : Channel.SELF_REFERRAL;
            default -> Channel.OTHER;
        };
    }

    private void insert(List<Row> rows) {
        jdbc.batchUpdate("INSERT INTO case_record (code, organisation_id, identifying_actor_type, status, synthetic,"
                + " child, created_at, created_by, updated_at, name_enc, birth_date_enc, identity_hash, estimated_age,"
                + " sex, citizenships, encounter_date, region, channel, exploitation_countries)"
                + " VALUES (?, ?, ?, ?, TRUE, ?, ?, 'synthetic', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows, rows.size(),
                SyntheticCases::bind);
        List<Object[]> forms = new ArrayList<>();
        var ids = jdbc.queryForList("SELECT id, code FROM case_record WHERE code IN ("
                + String.join(",", rows.stream().map(r -> "'" + r.code() + "'").toList()) + ")");
        var byCode = new java.util.HashMap<String, Long>();
        ids.forEach(m -> byCode.put((String) m.get("code"), ((Number) m.get("id")).longValue()));
        for (Row row : rows) {
            for (ExploitationForm form : row.forms()) {
                forms.add(new Object[] {byCode.get(row.code()), form.name()});
            }
        }
        jdbc.batchUpdate("INSERT INTO case_form (case_id, form) VALUES (?, ?)", forms);
    }

    private static void bind(PreparedStatement ps, Row row) throws SQLException {
        ps.setString(1, row.code());
        ps.setLong(2, row.organisationId());
        ps.setString(3, row.actorType().name());
        ps.setString(4, row.status().name());
        ps.setBoolean(5, row.child());
        ps.setTimestamp(6, Timestamp.from(row.created()));
        ps.setTimestamp(7, Timestamp.from(row.created()));
        ps.setString(8, row.nameEnc());
        ps.setString(9, row.birthEnc());
        ps.setString(10, row.hash());
        if (row.estimatedAge() == null) {
            ps.setNull(11, java.sql.Types.INTEGER);
        } else {
            ps.setInt(11, row.estimatedAge());
        }
        ps.setString(12, row.sex().name());
        ps.setString(13, row.citizenship());
        ps.setObject(14, row.encounter());
        ps.setString(15, row.region());
        ps.setString(16, row.channel().name());
        ps.setString(17, row.destination());
    }
}
