@NullMarked
package org.ariadne.privacy.internal;

import org.jspecify.annotations.NullMarked;
