/**
 * What every screen stands on: the main layout and navigation, translations, error handling and
 * the embedded database used when Ariadne runs on one machine with nothing else installed.
 */
@NullMarked
package org.ariadne.base;

import org.jspecify.annotations.NullMarked;
