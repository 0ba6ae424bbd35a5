@NullMarked
package org.ariadne.organisations.api;

import org.jspecify.annotations.NullMarked;
