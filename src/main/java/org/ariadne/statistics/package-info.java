/**
 * Anonymised statistics for national co-ordinators: a fact table per case maintained from the
 * events of other features (never their tables), disclosure control applied to every figure, the
 * dashboard, the OSCE survey indicator set, the pivot, and anonymised exports.
 */
@NullMarked
package org.ariadne.statistics;

import org.jspecify.annotations.NullMarked;
