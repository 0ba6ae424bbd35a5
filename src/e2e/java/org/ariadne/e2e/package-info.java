/**
 * The end-to-end journeys of issue 7, each as a real demo user signing in through Keycloak, against
 * the production jar, in Chromium. One class per journey; {@code support} starts and stops the stack.
 */
package org.ariadne.e2e;
