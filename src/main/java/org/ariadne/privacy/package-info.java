/**
 * Protection of personal data: direct identifiers encrypted in the application (AES-GCM through
 * Google Tink) before they reach the database, with the key sets kept outside the database; a keyed
 * hash (blind index) for exact-match search and duplicate detection without plaintext; and key
 * rotation with re-encryption. See docs/decisions/004-field-encryption-with-tink.md.
 */
@NullMarked
package org.ariadne.privacy;

import org.jspecify.annotations.NullMarked;
