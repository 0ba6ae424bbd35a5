package org.ariadne.organisations.internal;

import java.util.List;
import org.ariadne.organisations.ActorType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo organisations (fictional; the same codes as the Keycloak demo realm). Created once;
 * a restart keeps whatever an administrator changed since.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "ariadne.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoOrganisations implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoOrganisations.class);

    record Demo(String code, String name, ActorType type, String region) {
    }

    static final List<Demo> ALL = List.of(
            new Demo("POL-CENTRAL", "Central Police — Anti-Trafficking Unit", ActorType.POLICE, "Capital"),
            new Demo("BGD-EAST", "Border Police — Eastern Directorate", ActorType.BORDER_GUARD, "East"),
            new Demo("LAB-INSP", "National Labour Inspectorate", ActorType.LABOUR_INSPECTORATE, "Capital"),
            new Demo("NGO-HARBOUR", "Harbour Outreach", ActorType.NGO, "Coast"),
            new Demo("NGO-NORTHSTAR", "North Star Association", ActorType.NGO, "North"),
            new Demo("SHELTER-SAFEHOUSE", "Safe House Shelter", ActorType.SERVICE_PROVIDER, "Capital"),
            new Demo("CA-NRM", "National Identification Authority", ActorType.COMPETENT_AUTHORITY, "Capital"),
            new Demo("NCO", "Office of the National Co-ordinator", ActorType.COORDINATION_OFFICE, "Capital"),
            new Demo("CPS-CAPITAL", "Capital Child Protection Service", ActorType.CHILD_PROTECTION, "Capital"));

    private final OrganisationRepository organisations;

    DemoOrganisations(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        int created = 0;
        for (Demo demo : ALL) {
            if (organisations.findByCode(demo.code()).isEmpty()) {
                organisations.save(new OrganisationEntity(demo.code(), demo.name(), demo.type(), demo.region()));
                created++;
            }
        }
        if (created > 0) {
            log.info("Created {} demo organisations", created);
        }
    }
}
