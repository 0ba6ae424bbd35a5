package org.ariadne.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.ariadne.IntegrationTest;
import org.ariadne.cases.CaseCode;
import org.ariadne.cases.CaseDraft;
import org.ariadne.cases.CaseService;
import org.ariadne.cases.EncounterData;
import org.ariadne.cases.ExploitationData;
import org.ariadne.cases.PersonData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** Key rotation end to end on the real tables: old values readable, then moved to the new key. */
@IntegrationTest
class ReencryptionTest {

    @Autowired
    CaseService cases;
    @Autowired
    Reencryption reencryption;
    @Autowired
    KeyRotation rotation;
    @Autowired
    FieldCipher cipher;
    @Autowired
    JdbcTemplate jdbc;

    private String storedName(CaseCode code) {
        return jdbc.queryForObject("SELECT name_enc FROM case_record WHERE code = ?", String.class, code.value());
    }

    @Test
    @WithUserDetails("ngo.caseworker")
    void afterARotationOldValuesStayReadableAndTheJobMovesThemToTheNewKey() {
        CaseCode code = cases.create(new CaseDraft(new PersonData("Rotation Person", "Ro", LocalDate.of(1999, 9, 9),
                null, false, null, List.of(), List.of(), null, false, null, null), EncounterData.empty(),
                ExploitationData.empty(), false, 0)).details().code();
        String before = storedName(code);
        rotation.addPrimaryKey();
        assertThat(cipher.isUnderPrimaryKey(before)).isFalse();
        assertThat(cases.get(code).person().name()).isEqualTo("Rotation Person");

        long moved = reencryption.run();
        String after = storedName(code);
        assertThat(moved).isPositive();
        assertThat(after).isNotEqualTo(before);
        assertThat(cipher.isUnderPrimaryKey(after)).isTrue();
        assertThat(cases.get(code).person().name()).isEqualTo("Rotation Person");
        assertThat(cases.get(code).person().dateOfBirth()).isEqualTo(LocalDate.of(1999, 9, 9));
        assertThat(reencryption.run()).as("a second run has nothing left to move").isZero();
    }

    @Test
    void everyFeatureDeclaresItsEncryptedColumnsAndEachDeclaredColumnExists() {
        assertThat(reencryption.columns()).extracting(c -> c.table() + "." + c.column()).contains(
                "case_record.name_enc", "case_record.narrative_enc", "case_access_grant.reason", "nrm_step.reason_enc",
                "service_referral.needs_enc", "service_referral.decline_note_enc", "justice_offence.description_enc",
                "stat_annotation.note_enc");
        List<String> encrypted = jdbc.queryForList("SELECT CONCAT(table_name, '.', column_name) FROM"
                + " information_schema.columns WHERE table_schema = DATABASE() AND column_name LIKE '%\\_enc'",
                String.class);
        assertThat(reencryption.columns()).extracting(c -> c.table() + "." + c.column())
                .as("no encrypted column is left out of rotation").containsAll(encrypted);
        for (ProtectedColumn c : reencryption.columns()) {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.columns WHERE table_schema ="
                    + " DATABASE() AND table_name = ? AND column_name = ?", Long.class, c.table(), c.column()))
                    .as(c.table() + "." + c.column()).isEqualTo(1);
        }
    }
}
