package org.ariadne.cases.internal;

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
import org.ariadne.privacy.FieldCipher;
import org.ariadne.privacy.KeyRotation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** Key rotation end to end on the real case table: old values readable, then moved to the new key. */
@IntegrationTest
class CaseReencryptionTest {

    @Autowired
    CaseService cases;
    @Autowired
    CaseReencryption reencryption;
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
}
