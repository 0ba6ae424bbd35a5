package org.ariadne.justice.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.ariadne.cases.CaseCode;
import org.ariadne.common.ConflictException;
import org.ariadne.justice.CompensationClaim;
import org.ariadne.justice.CompensationSource;
import org.ariadne.justice.NonPunishment;
import org.ariadne.justice.Offence;
import org.ariadne.justice.WitnessStatus;
import org.ariadne.privacy.FieldCipher;
import org.ariadne.referrals.workflow.Cooperation;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps one criminal-justice record per case with a version: a change names the version it was
 * made on and is refused when the record moved on since. Authorisation is the service's job.
 */
@Component
public class JusticeStore {

    /** The stored record, decrypted. */
    public record Stored(long version, Cooperation cooperation, WitnessStatus witness, List<Offence> offences,
                         NonPunishment nonPunishment, List<CompensationClaim> compensation, Instant updatedAt,
                         String updatedBy) {
    }

    /** What to store. */
    public record Change(Cooperation cooperation, WitnessStatus witness, List<Offence> offences,
                         NonPunishment nonPunishment, List<CompensationClaim> compensation) {
    }

    static final String DESCRIPTION = "justice.offence";

    private final JdbcTemplate jdbc;
    private final FieldCipher cipher;

    JusticeStore(JdbcTemplate jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** The version stored, 0 when nothing is. */
    public long version(CaseCode code) {
        List<Long> versions = jdbc.queryForList("SELECT version FROM justice_record WHERE case_code = ?", Long.class,
                code.value());
        return versions.isEmpty() ? 0 : versions.getFirst();
    }

    public Optional<Stored> load(CaseCode code) {
        List<Stored> found = jdbc.query("SELECT version, cooperation, witness, non_punishment, updated_at, updated_by"
                + " FROM justice_record WHERE case_code = ?", (rs, i) -> new Stored(rs.getLong(1),
                Cooperation.valueOf(rs.getString(2)), WitnessStatus.valueOf(rs.getString(3)), offences(code),
                NonPunishment.valueOf(rs.getString(4)), compensation(code), rs.getTimestamp(5).toInstant(),
                rs.getString(6)), code.value());
        return found.stream().findFirst();
    }

    /**
     * Replaces the record, refusing when the stored version is not the one the change was made on;
     * answers the new version. Two writers on the same version: one wins, the other gets the conflict.
     */
    public long save(CaseCode code, long expectedVersion, Change change, String username, Instant now) {
        Timestamp at = Timestamp.from(now);
        if (expectedVersion == 0) {
            try {
                jdbc.update("INSERT INTO justice_record (case_code, version, cooperation, witness, non_punishment,"
                        + " updated_at, updated_by) VALUES (?, 1, ?, ?, ?, ?, ?)", code.value(),
                        change.cooperation().name(), change.witness().name(), change.nonPunishment().name(), at,
                        username);
            } catch (DuplicateKeyException e) {
                throw new ConflictException("justice.error.conflict");
            }
        } else if (jdbc.update("UPDATE justice_record SET version = version + 1, cooperation = ?, witness = ?,"
                        + " non_punishment = ?, updated_at = ?, updated_by = ? WHERE case_code = ? AND version = ?",
                change.cooperation().name(), change.witness().name(), change.nonPunishment().name(), at, username,
                code.value(), expectedVersion) != 1) {
            throw new ConflictException("justice.error.conflict");
        }
        jdbc.update("DELETE FROM justice_offence WHERE case_code = ?", code.value());
        for (int i = 0; i < change.offences().size(); i++) {
            Offence offence = change.offences().get(i);
            jdbc.update("INSERT INTO justice_offence (case_code, seq, description_enc, linked) VALUES (?, ?, ?, ?)",
                    code.value(), i, cipher.encrypt(offence.description(), DESCRIPTION), offence.linked());
        }
        jdbc.update("DELETE FROM justice_compensation WHERE case_code = ?", code.value());
        for (CompensationClaim claim : change.compensation()) {
            if (!claim.recordsNothing()) {
                jdbc.update("INSERT INTO justice_compensation (case_code, source, claimed, awarded, paid, amount,"
                        + " currency) VALUES (?, ?, ?, ?, ?, ?, ?)", code.value(), claim.source().name(),
                        claim.claimed(), claim.awarded(), claim.paid(), claim.amount(), claim.currency());
            }
        }
        return expectedVersion + 1;
    }

    private List<Offence> offences(CaseCode code) {
        return jdbc.query("SELECT description_enc, linked FROM justice_offence WHERE case_code = ? ORDER BY seq",
                (rs, i) -> new Offence(cipher.decrypt(rs.getString(1), DESCRIPTION), rs.getBoolean(2)), code.value());
    }

    private List<CompensationClaim> compensation(CaseCode code) {
        List<CompensationClaim> stored = jdbc.query("SELECT source, claimed, awarded, paid, amount, currency FROM"
                + " justice_compensation WHERE case_code = ?", (rs, i) -> new CompensationClaim(
                CompensationSource.valueOf(rs.getString(1)), rs.getBoolean(2), rs.getBoolean(3), rs.getBoolean(4),
                rs.getObject(5, BigDecimal.class), rs.getString(6)), code.value());
        return java.util.Arrays.stream(CompensationSource.values()).map(source -> stored.stream()
                .filter(c -> c.source() == source).findFirst().orElse(CompensationClaim.none(source))).toList();
    }
}
