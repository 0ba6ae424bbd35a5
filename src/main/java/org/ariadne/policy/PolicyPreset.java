package org.ariadne.policy;

import static org.ariadne.organisations.ActorType.BORDER_GUARD;
import static org.ariadne.organisations.ActorType.CHILD_PROTECTION;
import static org.ariadne.organisations.ActorType.COMPETENT_AUTHORITY;
import static org.ariadne.organisations.ActorType.HEALTH;
import static org.ariadne.organisations.ActorType.HOTLINE;
import static org.ariadne.organisations.ActorType.LABOUR_INSPECTORATE;
import static org.ariadne.organisations.ActorType.NGO;
import static org.ariadne.organisations.ActorType.OSH_INSPECTORATE;
import static org.ariadne.organisations.ActorType.POLICE;
import static org.ariadne.organisations.ActorType.PROSECUTOR;
import static org.ariadne.organisations.ActorType.SERVICE_PROVIDER;
import static org.ariadne.organisations.ActorType.SOCIAL_SERVICES;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.ariadne.organisations.ActorType;

/**
 * Two starting points for a national profile, taken from the OSCE survey: in most participating
 * States only law enforcement designates victims (and in some only it refers to services); a few
 * let NGOs and labour inspectors refer to services too, and labour inspectors decide. Both share
 * what the sources treat as universal: any frontline actor screens, the first responders (law
 * enforcement, NGOs, labour inspectors, social and child-protection services) refer a consenting
 * person to the competent authority, public bodies may notify anonymously, service bodies assist,
 * child protection appoints guardians. The national co-ordinator only sees statistics and performs
 * no function.
 */
public enum PolicyPreset {
    LAW_ENFORCEMENT_DESIGNATES,
    MULTI_AGENCY;

    private static final Set<ActorType> FRONTLINE = EnumSet.of(POLICE, BORDER_GUARD, LABOUR_INSPECTORATE,
            OSH_INSPECTORATE, PROSECUTOR, NGO, SOCIAL_SERVICES, CHILD_PROTECTION, HEALTH, HOTLINE);
    private static final Set<ActorType> PUBLIC_BODIES = EnumSet.of(POLICE, BORDER_GUARD, LABOUR_INSPECTORATE,
            OSH_INSPECTORATE, PROSECUTOR, SOCIAL_SERVICES, CHILD_PROTECTION, HEALTH);
    private static final Set<ActorType> LAW_ENFORCEMENT = EnumSet.of(POLICE, BORDER_GUARD, PROSECUTOR);
    private static final Set<ActorType> FIRST_RESPONDERS = with(LAW_ENFORCEMENT, CHILD_PROTECTION, NGO,
            LABOUR_INSPECTORATE, SOCIAL_SERVICES);
    private static final Set<ActorType> ASSISTING = EnumSet.of(NGO, SOCIAL_SERVICES, CHILD_PROTECTION, HEALTH,
            SERVICE_PROVIDER);

    public String messageKey() {
        return "nrm.preset." + name();
    }

    public String descriptionKey() {
        return messageKey() + ".description";
    }

    /** The permission matrix of this preset, one entry per actor type. */
    public Map<ActorType, Set<NrmFunction>> matrix() {
        Map<NrmFunction, Set<ActorType>> byFunction = new EnumMap<>(NrmFunction.class);
        byFunction.put(NrmFunction.SCREEN, FRONTLINE);
        byFunction.put(NrmFunction.NOTIFY_ANONYMOUSLY, PUBLIC_BODIES);
        byFunction.put(NrmFunction.ASSIST, ASSISTING);
        byFunction.put(NrmFunction.APPOINT_GUARDIAN, EnumSet.of(CHILD_PROTECTION));
        byFunction.put(NrmFunction.REFER_TO_AUTHORITY, FIRST_RESPONDERS);
        if (this == LAW_ENFORCEMENT_DESIGNATES) {
            byFunction.put(NrmFunction.REFER_TO_SERVICES, LAW_ENFORCEMENT);
            byFunction.put(NrmFunction.DECIDE_REASONABLE_GROUNDS, EnumSet.of(POLICE, BORDER_GUARD, COMPETENT_AUTHORITY));
            byFunction.put(NrmFunction.DECIDE_CONCLUSIVE, EnumSet.of(POLICE, BORDER_GUARD, COMPETENT_AUTHORITY));
        } else {
            byFunction.put(NrmFunction.REFER_TO_SERVICES, with(LAW_ENFORCEMENT, COMPETENT_AUTHORITY, NGO,
                    LABOUR_INSPECTORATE, SOCIAL_SERVICES, CHILD_PROTECTION));
            byFunction.put(NrmFunction.DECIDE_REASONABLE_GROUNDS,
                    EnumSet.of(POLICE, BORDER_GUARD, COMPETENT_AUTHORITY, LABOUR_INSPECTORATE));
            byFunction.put(NrmFunction.DECIDE_CONCLUSIVE,
                    EnumSet.of(POLICE, BORDER_GUARD, COMPETENT_AUTHORITY, LABOUR_INSPECTORATE));
        }
        Map<ActorType, Set<NrmFunction>> matrix = new EnumMap<>(ActorType.class);
        for (ActorType type : ActorType.values()) {
            matrix.put(type, EnumSet.noneOf(NrmFunction.class));
        }
        byFunction.forEach((function, types) -> types.forEach(type -> matrix.get(type).add(function)));
        return matrix;
    }

    private static Set<ActorType> with(Set<ActorType> base, ActorType... more) {
        Set<ActorType> result = EnumSet.copyOf(base);
        result.addAll(Set.of(more));
        return result;
    }
}
