@NullMarked
package org.ariadne;

import org.jspecify.annotations.NullMarked;
