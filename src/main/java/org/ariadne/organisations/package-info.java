/**
 * Organisations (a police unit, an NGO, a shelter, the competent authority...) with their actor
 * type and region, users' membership of them, and the current actor — the user seen together
 * with the organisation they act for, which national policy and object-level rules need.
 */
@NullMarked
package org.ariadne.organisations;

import org.jspecify.annotations.NullMarked;
