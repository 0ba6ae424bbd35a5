/**
 * The criminal-justice track of a case: co-operation with law enforcement, witness status,
 * offences the person was charged with, non-punishment and compensation. Nothing here gates support.
 */
@NullMarked
package org.ariadne.justice;

import org.jspecify.annotations.NullMarked;
