@NullMarked
package org.ariadne.cases.api;

import org.jspecify.annotations.NullMarked;
