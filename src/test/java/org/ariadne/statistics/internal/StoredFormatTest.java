package org.ariadne.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.ariadne.cases.ExploitationForm;
import org.ariadne.cases.SexualExploitationType;
import org.ariadne.justice.CompensationSource;
import org.ariadne.referrals.ReferralBarrier;
import org.ariadne.support.ServiceType;
import org.junit.jupiter.api.Test;

/**
 * Sets are stored as bit masks by the position of their enum constants: reordering or removing a
 * constant would change the meaning of stored facts. New constants go at the end.
 */
class StoredFormatTest {

    @Test
    void theOrderOfStoredSetsIsPinned() {
        assertThat(names(ExploitationForm.values())).startsWith("SEXUAL_EXPLOITATION", "FORCED_LABOUR",
                "DOMESTIC_SERVITUDE", "FORCED_CRIMINALITY", "FORCED_BEGGING", "FORCED_MARRIAGE", "SHAM_MARRIAGE",
                "ILLEGAL_ADOPTION", "SURROGACY_EXPLOITATION", "SALE_OF_NEWBORNS", "ORGAN_REMOVAL",
                "FORCED_MILITARY_SERVICE", "OTHER");
        assertThat(names(SexualExploitationType.values())).startsWith("PROSTITUTION", "PORNOGRAPHY",
                "LIVE_STREAMED_ABUSE", "PRIVATE_SEXUAL_SERVICES");
        assertThat(names(ReferralBarrier.values())).startsWith("FEAR_OF_TRAFFICKERS", "FEAR_OF_AUTHORITIES",
                "FEAR_OF_DEPORTATION", "DISTRUST_OF_SERVICES", "NO_BENEFIT_SEEN", "WANTS_TO_RETURN_HOME",
                "FAMILY_OR_COMMUNITY_PRESSURE", "DOES_NOT_SEE_SELF_AS_VICTIM", "OTHER");
        assertThat(names(CompensationSource.values())).startsWith("OFFENDER", "STATE_FUND", "CIVIL_CLAIM");
        assertThat(names(ServiceType.values())).startsWith("ACCOMMODATION", "SPECIALISED_SHELTER", "MEDICAL",
                "PSYCHOLOGICAL", "LEGAL_AID", "INTERPRETATION", "EDUCATION", "VOCATIONAL_TRAINING", "JOB_PLACEMENT",
                "FINANCIAL_SUPPORT", "COMPENSATION_SUPPORT", "RETURN_ASSISTANCE");
    }

    @Test
    void aSetIsItsBits() {
        assertThat(Bits.of(java.util.Set.of(ExploitationForm.SEXUAL_EXPLOITATION, ExploitationForm.FORCED_BEGGING)))
                .isEqualTo(1 | 16);
    }

    private static String[] names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toArray(String[]::new);
    }
}
