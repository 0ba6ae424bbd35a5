package org.ariadne.referrals.api;

import java.util.List;
import java.util.Set;
import org.ariadne.common.InvalidInputException;
import org.ariadne.organisations.Organisation;
import org.ariadne.organisations.OrganisationId;
import org.ariadne.organisations.OrganisationService;
import org.ariadne.referrals.ConsentRequest;
import org.ariadne.referrals.ConsentScope;
import org.jspecify.annotations.Nullable;

/**
 * Consent as API clients send it, with organisations named by their codes.
 *
 * @param sharingWith codes of the organisations the person agreed to share with
 * @param authority   code of the deciding organisation, when an anonymous notification is upgraded
 */
record ConsentBody(Set<ConsentScope> scopes, @Nullable List<String> sharingWith, String explainedBy, String language,
                   boolean interpreter, long expectedVersion, @Nullable String authority) {

    ConsentRequest toRequest(OrganisationService organisations) {
        List<OrganisationId> sharing = sharingWith == null ? List.of() : sharingWith.stream()
                .map(code -> id(organisations, code, "sharingWith")).toList();
        return new ConsentRequest(scopes, sharing, explainedBy, language, interpreter, expectedVersion,
                authority == null || authority.isBlank() ? null : id(organisations, authority, "authority"));
    }

    private static OrganisationId id(OrganisationService organisations, String code, String field) {
        return organisations.findByCode(code).map(Organisation::id)
                .orElseThrow(() -> new InvalidInputException(field, "nrm.error.consent-unknown-organisation"));
    }
}
