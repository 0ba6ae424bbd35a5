@NullMarked
package org.ariadne.audit.internal;

import org.jspecify.annotations.NullMarked;
