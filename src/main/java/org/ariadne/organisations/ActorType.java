package org.ariadne.organisations;

/**
 * The kind of body an organisation is. National policy grants NRM functions per actor type, and
 * statistics count identifications, decisions and referrals by it.
 */
public enum ActorType {
    POLICE,
    BORDER_GUARD,
    LABOUR_INSPECTORATE,
    OSH_INSPECTORATE,
    PROSECUTOR,
    COMPETENT_AUTHORITY,
    NGO,
    SOCIAL_SERVICES,
    CHILD_PROTECTION,
    HEALTH,
    HOTLINE,
    SERVICE_PROVIDER,
    COORDINATION_OFFICE;

    /** Law-enforcement bodies, as the OSCE survey counts them. */
    public boolean isLawEnforcement() {
        return this == POLICE || this == BORDER_GUARD || this == PROSECUTOR;
    }
}
