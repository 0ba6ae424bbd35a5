/**
 * The criminal-justice track of a case: co-operation with law enforcement, witness status,
 * offences the person was charged with, non-punishment and compensation.
 * <p>
 * Support never depends on co-operation with law enforcement (CoE Convention Art. 12(6),
 * Directive 2011/36/EU Art. 11(3)): nothing here is read by the support feature, and nothing here
 * gates a step. A change is recorded as the {@code RECORD_CRIMINAL_JUSTICE} step, whose facts the
 * workflow keeps apart from the facts every other rule reads; an architecture test guards that
 * neither support nor the referral mechanism depends on this package. Statistics hear of each
 * change through {@link JusticeRecorded}, without offences' wording, amounts or any free text.
 */
@NullMarked
package org.ariadne.justice;

import org.jspecify.annotations.NullMarked;
