/** Storage of criminal-justice records; offences' descriptions are encrypted. */
@NullMarked
package org.ariadne.justice.internal;

import org.jspecify.annotations.NullMarked;
