/** Administration of indicator catalogues. */
@NullMarked
package org.ariadne.indicators.ui;

import org.jspecify.annotations.NullMarked;
