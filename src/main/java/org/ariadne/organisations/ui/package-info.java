@NullMarked
package org.ariadne.organisations.ui;

import org.jspecify.annotations.NullMarked;
