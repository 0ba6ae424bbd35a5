package org.ariadne.cases.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.ariadne.cases.CaseCode;
import org.ariadne.privacy.FieldCipher;
import org.ariadne.privacy.ProtectedColumn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Erases a case's identity: every encrypted field and the identity hash, and the encrypted free text
 * other features keep about the case ({@link ProtectedColumn}s with a case column). Codes, dates,
 * forms of exploitation and decisions stay, so statistics and the audit trail keep their meaning.
 */
@Component
public class Anonymiser {

    private final JdbcTemplate jdbc;
    private final FieldCipher cipher;
    private final List<ProtectedColumn> columns;

    Anonymiser(JdbcTemplate jdbc, FieldCipher cipher, List<ProtectedColumn> columns) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.columns = columns.stream().filter(c -> c.caseColumn() != null).toList();
    }

    /** Cases eligible for retention: closed or draft, unchanged since the cut-off, not held, not yet erased. */
    public List<CaseCode> eligible(Instant closedBefore, Instant draftsBefore) {
        return jdbc.queryForList("SELECT code FROM case_record WHERE anonymised_at IS NULL AND legal_hold = FALSE AND"
                        + " ((status = 'CLOSED' AND updated_at < ?) OR (status = 'DRAFT' AND updated_at < ?)) ORDER BY id",
                String.class, Timestamp.from(closedBefore), Timestamp.from(draftsBefore)).stream().map(CaseCode::new).toList();
    }

    public long held(Instant closedBefore, Instant draftsBefore) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM case_record WHERE anonymised_at IS NULL AND legal_hold = TRUE"
                + " AND ((status = 'CLOSED' AND updated_at < ?) OR (status = 'DRAFT' AND updated_at < ?))", Long.class,
                Timestamp.from(closedBefore), Timestamp.from(draftsBefore));
        return n == null ? 0 : n;
    }

    public boolean onHold(CaseCode code) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT legal_hold FROM case_record WHERE code = ?",
                Boolean.class, code.value()));
    }

    public void setHold(CaseCode code, boolean hold) {
        jdbc.update("UPDATE case_record SET legal_hold = ? WHERE code = ?", hold, code.value());
    }

    public void anonymise(CaseCode code, Instant now) {
        jdbc.update("UPDATE case_record SET name_enc = NULL, aliases_enc = NULL, birth_date_enc = NULL,"
                + " identity_documents_enc = NULL, contact_enc = NULL, narrative_enc = NULL, identity_hash = NULL,"
                + " platforms = '', municipality = '', anonymised_at = ? WHERE code = ? AND legal_hold = FALSE",
                Timestamp.from(now), code.value());
        jdbc.update("DELETE g FROM case_access_grant g JOIN case_record c ON c.id = g.case_id WHERE c.code = ?",
                code.value());
        eraseOtherFeaturesText(code);
    }

    /**
     * The free text other features keep about the case (step reasons, service needs, offences) may
     * name the person too: emptied, NULL where the column allows it, else an encrypted empty text.
     */
    private void eraseOtherFeaturesText(CaseCode code) {
        for (ProtectedColumn c : columns) {
            jdbc.update("UPDATE " + c.table() + " SET " + c.column() + " = ? WHERE " + c.caseColumn() + " = ?",
                    c.nullable() ? null : cipher.encrypt("", c.purpose()), code.value());
        }
    }

    /**
     * Erases the identity of an anonymous notification: the person did not consent, so nothing
     * that names them is kept. Unlike retention, the case stays open to an upgrade that records
     * the identity again.
     */
    public void discardIdentity(CaseCode code) {
        jdbc.update("UPDATE case_record SET name_enc = NULL, aliases_enc = NULL, birth_date_enc = NULL,"
                + " identity_documents_enc = NULL, contact_enc = NULL, narrative_enc = NULL, identity_hash = NULL,"
                + " platforms = '', municipality = '', version = version + 1 WHERE code = ?", code.value());
    }

    public List<CaseCode> withIdentity(String identityHash) {
        return jdbc.queryForList("SELECT code FROM case_record WHERE identity_hash = ? ORDER BY id", String.class,
                identityHash).stream().map(CaseCode::new).toList();
    }
}
