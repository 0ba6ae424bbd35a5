package org.ariadne.organisations.internal;

import org.ariadne.security.OrganisationDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class OrganisationDirectoryAdapter implements OrganisationDirectory {

    private final OrganisationRepository organisations;

    OrganisationDirectoryAdapter(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isActiveOrganisation(String organisationCode) {
        return organisations.existsByCodeAndActiveTrue(organisationCode);
    }
}
