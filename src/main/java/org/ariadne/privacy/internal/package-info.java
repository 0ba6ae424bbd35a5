/**
 * Key handling for field encryption and blind indexes: the key file's format, loading it at start,
 * creating it in the embedded default, and adding a primary key. Only the privacy feature's
 * services see the keys.
 */
@NullMarked
package org.ariadne.privacy.internal;

import org.jspecify.annotations.NullMarked;
