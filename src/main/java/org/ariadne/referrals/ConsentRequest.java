package org.ariadne.referrals;

import java.util.List;
import java.util.Set;
import org.ariadne.organisations.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * Informed consent as the person gave it.
 *
 * @param sharingWith     the organisations the person agreed their data may be shared with (SHARING scope)
 * @param explainedBy     who explained the consent to the person (name or function of the staff member)
 * @param language        the language it was explained in, ISO 639-1
 * @param authority       when an anonymous notification is upgraded: the organisation that decides
 * @param expectedVersion the NRM version the user saw
 */
public record ConsentRequest(Set<ConsentScope> scopes, List<OrganisationId> sharingWith, String explainedBy,
                             String language, boolean interpreter, long expectedVersion,
                             @Nullable OrganisationId authority) {

    public ConsentRequest {
        scopes = scopes == null ? Set.of() : Set.copyOf(scopes);
        sharingWith = sharingWith == null ? List.of() : List.copyOf(sharingWith);
    }
}
