/** The statistics REST API under /api/v1/statistics, with the same disclosure control as the screens. */
@NullMarked
package org.ariadne.statistics.api;

import org.jspecify.annotations.NullMarked;
