/**
 * Identification indicators: the ILO/EC operational indicator catalogues (versioned reference
 * data whose thresholds and combination rules are data too) and the assessment rule that turns
 * ticked indicators into dimensions present and an outcome, with an explanation. The assessment
 * is a screening aid; it never sets a legal status.
 */
@NullMarked
package org.ariadne.indicators;

import org.jspecify.annotations.NullMarked;
