package org.ariadne.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ariadne.IntegrationTest;
import org.ariadne.cases.CaseCode;
import org.ariadne.cases.CasePrivacyService;
import org.ariadne.policy.PolicyPreset;
import org.ariadne.privacy.FieldCipher;
import org.ariadne.privacy.ProtectedColumn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Retention erases what other features wrote about a case too: the mechanism's step reasons, a
 * service referral's needs and decline notes — every encrypted column declared as belonging to a case.
 */
@IntegrationTest
class RetentionErasesSupportTextTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    CasePrivacyService privacy;
    @Autowired
    ProviderService providers;
    @Autowired
    List<ProtectedColumn> columns;
    @Autowired
    FieldCipher cipher;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRetainedCaseKeepsNoFreeTextOfAnyFeature() {
        var f = SupportFixture.of(context);
        f.nrm().preset(PolicyPreset.MULTI_AGENCY);
        CaseCode code = f.consentingAdult("ngo.caseworker", "Retention Support Person", SupportFixture.SHELTER);
        ServiceReferral referral = f.refer(code, "ngo.caseworker", ServiceType.ACCOMMODATION, SupportFixture.SHELTER);
        f.as("shelter.provider");
        providers.decline(referral.id(), new DeclineRequest(DeclineReason.OTHER, "Her brother works here",
                providers.referral(referral.id()).referral().version()));
        assertThat(texts(code)).contains(SupportFixture.NEEDS, "Her brother works here");

        jdbc.update("UPDATE case_record SET status = 'CLOSED', updated_at = '2015-01-01' WHERE code = ?", code.value());
        f.as("dpo");
        assertThat(privacy.retentionRun().toAnonymise()).contains(code);

        assertThat(texts(code)).as("every case-bound encrypted value is empty").allSatisfy(t -> assertThat(t).isEmpty());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM service_referral WHERE case_code = ?", Long.class,
                code.value())).as("the referral itself stays for the statistics").isEqualTo(1);
    }

    private List<String> texts(CaseCode code) {
        return columns.stream().filter(c -> c.caseColumn() != null).flatMap(c -> jdbc.queryForList("SELECT " + c.column()
                        + " FROM " + c.table() + " WHERE " + c.caseColumn() + " = ?", String.class, code.value()).stream()
                .map(stored -> stored == null ? "" : cipher.decrypt(stored, c.purpose()))).toList();
    }
}
