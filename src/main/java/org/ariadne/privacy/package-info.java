/**
 * Protection of personal data: direct identifiers encrypted in the application (AES-GCM through
 * Google Tink) before they reach the database, with the key set kept outside the database, and a
 * keyed hash (blind index) for exact-match search and duplicate detection without plaintext.
 */
@NullMarked
package org.ariadne.privacy;

import org.jspecify.annotations.NullMarked;
