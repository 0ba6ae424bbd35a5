package org.ariadne.cases.internal;

import java.util.List;
import org.ariadne.privacy.ProtectedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The case feature's encrypted fields. The case's own anonymiser erases the record's identity and
 * deletes break-glass grants, so none is erased through the generic columns.
 */
@Configuration(proxyBeanMethods = false)
class CaseColumns {

    private static ProtectedColumn record(String column, String purpose) {
        return new ProtectedColumn("case_record", List.of("id"), column, purpose, null, true);
    }

    @Bean
    ProtectedColumn caseName() {
        return record("name_enc", "person.name");
    }

    @Bean
    ProtectedColumn caseAliases() {
        return record("aliases_enc", "person.aliases");
    }

    @Bean
    ProtectedColumn caseBirthDate() {
        return record("birth_date_enc", "person.dateOfBirth");
    }

    @Bean
    ProtectedColumn caseDocuments() {
        return record("identity_documents_enc", "person.identityDocuments");
    }

    @Bean
    ProtectedColumn caseContact() {
        return record("contact_enc", "person.contact");
    }

    @Bean
    ProtectedColumn caseNarrative() {
        return record("narrative_enc", "exploitation.narrative");
    }

    @Bean
    ProtectedColumn breakGlassReason() {
        return new ProtectedColumn("case_access_grant", List.of("id"), "reason", "access.reason", null, false);
    }
}
