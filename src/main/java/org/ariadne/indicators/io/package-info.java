/** Reading catalogue versions from JSON or CSV files, with a report of every error found. */
@NullMarked
package org.ariadne.indicators.io;

import org.jspecify.annotations.NullMarked;
