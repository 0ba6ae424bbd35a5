package org.ariadne.common;

import java.util.List;

/**
 * A refusal explained by a message key and arguments. The exception message is the key itself,
 * so logs never contain user input; arguments must not hold personal data either.
 */
public abstract class TranslatableException extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    protected TranslatableException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }

    /** The refusal as a message; nested messages among the arguments are translated with it. */
    public Message message() {
        return new Message(messageKey, arguments);
    }
}
