@NullMarked
package org.ariadne.organisations.internal;

import org.jspecify.annotations.NullMarked;
