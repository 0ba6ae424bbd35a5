package org.ariadne.security;

/** How users authenticate: {@code ariadne.security.mode}. */
public enum SecurityMode {
    /** Local accounts with hashed passwords; the embedded default. Refused in the prod profile. */
    LOCAL,
    /** Keycloak (or another OIDC provider) for the UI, bearer tokens for the API. */
    OIDC
}
