/** The login page of the embedded default (in prod, Keycloak shows its own). */
@NullMarked
package org.ariadne.security.ui;

import org.jspecify.annotations.NullMarked;
