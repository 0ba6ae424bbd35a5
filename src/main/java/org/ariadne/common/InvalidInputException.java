package org.ariadne.common;

/** Input that breaks a rule; nothing was changed. Maps to HTTP 400. */
public class InvalidInputException extends TranslatableException {

    private final String field;

    public InvalidInputException(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    /** The field at fault, as named in forms and API payloads. */
    public String field() {
        return field;
    }
}
