/**
 * Who is calling: login with local accounts (embedded default) or Keycloak over OIDC (prod),
 * the REST API's authentication, roles mapped to authorities, and the current user as a value
 * that services (never views) use to authorise. Depends on no other feature.
 */
@NullMarked
package org.ariadne.security;

import org.jspecify.annotations.NullMarked;
