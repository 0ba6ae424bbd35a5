package org.ariadne.privacy.internal;

/**
 * The key file is missing, unreadable or could not be rewritten. The message never carries the
 * file's content or a parser's message, only what went wrong and the type of the underlying failure.
 */
public final class KeyFileException extends RuntimeException {

    public enum Reason {
        /** No file, and this profile may not create one. */
        MISSING,
        /** The file exists but does not hold an AES-GCM and an HMAC PRF Tink key set. */
        UNREADABLE,
        /** A new key could not be saved; the keys in use are unchanged. */
        NOT_WRITTEN
    }

    private final Reason reason;

    KeyFileException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    KeyFileException(Reason reason, String failureType) {
        super(reason.name() + " (" + failureType + ")");
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
