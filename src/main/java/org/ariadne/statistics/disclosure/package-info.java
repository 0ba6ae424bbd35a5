/** Disclosure control in plain Java: primary and secondary suppression, rounding, tables published together. */
@NullMarked
package org.ariadne.statistics.disclosure;

import org.jspecify.annotations.NullMarked;
