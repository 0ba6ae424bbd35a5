@NullMarked
package org.ariadne.cases.ui;

import org.jspecify.annotations.NullMarked;
