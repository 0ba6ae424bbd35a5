@NullMarked
package org.ariadne.indicators.api;

import org.jspecify.annotations.NullMarked;
