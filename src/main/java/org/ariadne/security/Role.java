package org.ariadne.security;

/**
 * What a user may do at all (the first of the three access questions). The national policy and
 * the object-level rules narrow it further.
 */
public enum Role {
    CASEWORKER,
    DECISION_MAKER,
    SERVICE_PROVIDER,
    CHILD_PROTECTION,
    COORDINATOR,
    ADMIN,
    DPO;

    /** The Spring Security authority name, as used by {@code hasRole} and {@code @RolesAllowed}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Constant names for annotations, which need compile-time strings. */
    public static final class Names {
        public static final String CASEWORKER = "CASEWORKER";
        public static final String DECISION_MAKER = "DECISION_MAKER";
        public static final String SERVICE_PROVIDER = "SERVICE_PROVIDER";
        public static final String CHILD_PROTECTION = "CHILD_PROTECTION";
        public static final String COORDINATOR = "COORDINATOR";
        public static final String ADMIN = "ADMIN";
        public static final String DPO = "DPO";

        private Names() {
        }
    }
}
