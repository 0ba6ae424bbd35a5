/**
 * Persistence of statistics: the anonymised fact tables, written only from events, and the
 * aggregate queries read by the statistics service.
 */
@NullMarked
package org.ariadne.statistics.internal;

import org.jspecify.annotations.NullMarked;
