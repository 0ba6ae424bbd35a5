@NullMarked
package org.ariadne.policy.internal;

import org.jspecify.annotations.NullMarked;
