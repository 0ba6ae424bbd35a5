@NullMarked
package org.ariadne.cases.internal;

import org.jspecify.annotations.NullMarked;
