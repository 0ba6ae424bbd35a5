@NullMarked
package org.ariadne.organisations;

import org.jspecify.annotations.NullMarked;
