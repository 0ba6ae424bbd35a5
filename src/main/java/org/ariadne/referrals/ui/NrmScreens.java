package org.ariadne.referrals.ui;

import java.util.List;
import org.ariadne.organisations.ActorType;
import org.ariadne.organisations.CurrentActor;
import org.ariadne.organisations.Organisation;
import org.ariadne.organisations.OrganisationService;
import org.ariadne.referrals.ConsentService;
import org.ariadne.referrals.NrmService;
import org.ariadne.security.CurrentUser;
import org.springframework.stereotype.Component;

/** The services the referral-mechanism screens call, in one place for the tab, its dialogs and the views. */
@Component
class NrmScreens {

    private final NrmService nrm;
    private final ConsentService consent;
    private final OrganisationService organisations;
    private final CurrentUser currentUser;
    private final CurrentActor currentActor;

    NrmScreens(NrmService nrm, ConsentService consent, OrganisationService organisations, CurrentUser currentUser,
               CurrentActor currentActor) {
        this.nrm = nrm;
        this.consent = consent;
        this.organisations = organisations;
        this.currentUser = currentUser;
        this.currentActor = currentActor;
    }

    NrmService nrm() {
        return nrm;
    }

    ConsentService consent() {
        return consent;
    }

    OrganisationService organisations() {
        return organisations;
    }

    /** The signed-in user's name, offered as who explained the consent. */
    String explainer() {
        return currentUser.find().map(u -> u.displayName()).orElse("");
    }

    /** Organisations a person may agree to share their data with: every active one but the co-ordination office. */
    List<Organisation> sharingCandidates() {
        var own = currentActor.find().map(a -> a.organisationId()).orElse(null);
        return organisations.listActive().stream()
                .filter(o -> o.actorType() != ActorType.COORDINATION_OFFICE && !o.id().equals(own)).toList();
    }
}
