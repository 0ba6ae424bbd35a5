package org.ariadne.support.internal;

import java.util.List;
import org.ariadne.privacy.ProtectedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A service referral's needs and decline notes, erased with the case. */
@Configuration(proxyBeanMethods = false)
class SupportColumns {

    @Bean
    ProtectedColumn referralNeeds() {
        return ProtectedColumn.ofCase("service_referral", List.of("id"), "needs_enc", ReferralStore.NEEDS, false);
    }

    @Bean
    ProtectedColumn referralDeclineNote() {
        return ProtectedColumn.ofCase("service_referral", List.of("id"), "decline_note_enc",
                ReferralStore.DECLINE_NOTE, true);
    }
}
