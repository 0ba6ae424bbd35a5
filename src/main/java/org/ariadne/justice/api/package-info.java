/** The criminal-justice record over HTTP. */
@NullMarked
package org.ariadne.justice.api;

import org.jspecify.annotations.NullMarked;
