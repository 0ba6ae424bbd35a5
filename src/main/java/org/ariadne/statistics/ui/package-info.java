/** The co-ordinator's screens: dashboard, indicator set, pivot, exports. Views call the statistics service only. */
@NullMarked
package org.ariadne.statistics.ui;

import org.jspecify.annotations.NullMarked;
