/**
 * Presumed victims: the case record (a pseudonymised person, the encounter that identified them,
 * the forms of exploitation) named everywhere by a non-identifying case code. Direct identifiers
 * are encrypted before they reach the database; caseworkers see their own organisation's cases.
 */
@NullMarked
package org.ariadne.cases;

import org.jspecify.annotations.NullMarked;
