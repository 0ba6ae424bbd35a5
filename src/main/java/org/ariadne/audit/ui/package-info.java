/** The data protection officer's screens. */
@NullMarked
package org.ariadne.audit.ui;

import org.jspecify.annotations.NullMarked;
