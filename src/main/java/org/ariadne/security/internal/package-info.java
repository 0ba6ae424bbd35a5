/** Filter chains, local accounts' persistence and the mapping of Keycloak tokens to roles. */
@NullMarked
package org.ariadne.security.internal;

import org.jspecify.annotations.NullMarked;
