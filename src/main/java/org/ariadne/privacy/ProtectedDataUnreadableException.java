package org.ariadne.privacy;

import org.ariadne.common.TranslatableException;

/**
 * A stored protected value cannot be decrypted: altered in the database, moved from another field,
 * or written under a key the key file no longer holds. Carries no part of the value, stored or
 * plain, so it is safe to log and to show.
 */
public class ProtectedDataUnreadableException extends TranslatableException {

    ProtectedDataUnreadableException() {
        super("privacy.error.unreadable");
    }
}
