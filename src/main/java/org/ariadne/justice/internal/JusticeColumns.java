package org.ariadne.justice.internal;

import java.util.List;
import org.ariadne.privacy.ProtectedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The wording of the offences a person was charged with, erased with the case. */
@Configuration(proxyBeanMethods = false)
class JusticeColumns {

    @Bean
    ProtectedColumn offenceDescription() {
        return ProtectedColumn.ofCase("justice_offence", List.of("case_code", "seq"), "description_enc",
                JusticeStore.DESCRIPTION, false);
    }
}
