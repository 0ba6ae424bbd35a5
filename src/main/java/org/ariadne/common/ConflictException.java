package org.ariadne.common;

/**
 * Someone else changed the record since it was read, or a rule of state forbids the change now;
 * nothing was overwritten. Maps to HTTP 409.
 */
public class ConflictException extends TranslatableException {

    public ConflictException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    public static ConflictException staleVersion() {
        return new ConflictException("common.error.conflict");
    }
}
