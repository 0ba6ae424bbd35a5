package org.ariadne.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.ariadne.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo cases get histories on the mechanism that the rules allow, with what the histories imply. */
@IntegrationTest
class SyntheticHistoriesTest {

    @Autowired
    JdbcTemplate jdbc;

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    @Test
    void everySubmittedDemoCaseIsOnTheMechanismAndDraftsAreNot() {
        assertThat(count("SELECT COUNT(*) FROM case_record c WHERE c.synthetic AND c.status <> 'DRAFT'"
                + " AND NOT EXISTS (SELECT 1 FROM nrm_case n WHERE n.case_code = c.code)")).isZero();
        assertThat(count("SELECT COUNT(*) FROM case_record c JOIN nrm_case n ON n.case_code = c.code"
                + " WHERE c.synthetic AND c.status = 'DRAFT'")).isZero();
    }

    @Test
    void theHistoriesCoverTheStagesOfTheMechanism() {
        List<Map<String, Object>> stages = jdbc.queryForList("SELECT n.stage, COUNT(*) AS n FROM nrm_case n"
                + " JOIN case_record c ON c.code = n.case_code WHERE c.synthetic GROUP BY n.stage");
        assertThat(stages).extracting(m -> m.get("stage")).contains("IDENTIFIED_VICTIM", "RECOVERY_PERIOD", "CLOSED",
                "CONSENTED", "ANONYMOUS_NOTIFICATION");
        assertThat(count("SELECT COUNT(*) FROM nrm_step s JOIN case_record c ON c.code = s.case_code WHERE c.synthetic"
                + " AND s.transition = 'REASONABLE_GROUNDS_POSITIVE'")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM nrm_step s JOIN case_record c ON c.code = s.case_code WHERE c.synthetic"
                + " AND s.transition = 'RECORD_OUTCOME'")).isPositive();
    }

    @Test
    void historiesAreConsistentWithTheCases() {
        // every step is in order and none is in the future
        assertThat(count("SELECT COUNT(*) FROM nrm_step a JOIN nrm_step b ON a.case_code = b.case_code"
                + " AND b.seq = a.seq + 1 WHERE b.at < a.at")).isZero();
        assertThat(count("SELECT COUNT(*) FROM nrm_step WHERE username = 'synthetic'"
                + " AND at > CURRENT_TIMESTAMP(6) + INTERVAL 1 DAY")).isZero();
        // children never consent, and are shared with child protection
        assertThat(count("SELECT COUNT(*) FROM nrm_step s JOIN nrm_case n ON n.case_code = s.case_code"
                + " WHERE n.child AND s.transition = 'GIVE_CONSENT'")).isZero();
        assertThat(count("SELECT COUNT(*) FROM nrm_case n JOIN case_record c ON c.code = n.case_code WHERE c.synthetic"
                + " AND n.child AND NOT EXISTS (SELECT 1 FROM case_share s WHERE s.case_id = c.id"
                + " AND s.purpose = 'CHILD_PROTECTION')")).isZero();
        // anonymous notifications keep no identity
        assertThat(count("SELECT COUNT(*) FROM nrm_case n JOIN case_record c ON c.code = n.case_code"
                + " WHERE n.stage = 'ANONYMOUS_NOTIFICATION' AND (c.name_enc IS NOT NULL OR c.identity_hash IS NOT NULL)"))
                .isZero();
        // a referral to another organisation shares the case with it
        assertThat(count("SELECT COUNT(*) FROM nrm_case n JOIN case_record c ON c.code = n.case_code WHERE c.synthetic"
                + " AND n.authority_org_id IS NOT NULL AND n.authority_org_id <> c.organisation_id AND n.stage <> 'CLOSED'"
                + " AND NOT EXISTS (SELECT 1 FROM case_share s WHERE s.case_id = c.id AND s.organisation_id ="
                + " n.authority_org_id AND s.ended_at IS NULL)")).isZero();
    }
}
