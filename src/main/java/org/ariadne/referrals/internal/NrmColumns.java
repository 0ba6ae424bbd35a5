package org.ariadne.referrals.internal;

import java.util.List;
import org.ariadne.privacy.ProtectedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The referral mechanism's encrypted text: each step's reason, erased with its case. */
@Configuration(proxyBeanMethods = false)
class NrmColumns {

    @Bean
    ProtectedColumn stepReason() {
        return ProtectedColumn.ofCase("nrm_step", List.of("id"), "reason_enc", NrmStore.REASON, false);
    }
}
