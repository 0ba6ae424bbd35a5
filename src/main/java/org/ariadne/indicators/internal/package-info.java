@NullMarked
package org.ariadne.indicators.internal;

import org.jspecify.annotations.NullMarked;
