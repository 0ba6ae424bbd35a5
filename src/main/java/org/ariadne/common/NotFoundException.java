package org.ariadne.common;

/** Nothing to show under that reference (or nothing the caller may know exists). Maps to HTTP 404. */
public class NotFoundException extends TranslatableException {

    public NotFoundException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
