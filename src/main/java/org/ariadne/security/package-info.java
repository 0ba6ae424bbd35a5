@NullMarked
package org.ariadne.security;

import org.jspecify.annotations.NullMarked;
