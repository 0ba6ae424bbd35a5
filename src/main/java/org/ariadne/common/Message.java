package org.ariadne.common;

import java.util.List;

/**
 * A translatable text: a message key and its arguments. An argument may itself be a message (an
 * actor type, an NRM function, a stage) and is translated first, so a refusal such as "national
 * policy does not allow the police to make conclusive decisions" reads naturally in every language.
 * Arguments must not hold personal data: messages end up in logs and audit entries.
 */
public record Message(String key, List<Object> arguments) {

    public Message {
        arguments = List.copyOf(arguments);
    }

    public static Message of(String key, Object... arguments) {
        return new Message(key, List.of(arguments));
    }

    /** Translates nested messages first, then this one; {@code ui::getTranslation} fits as translator. */
    public String resolve(Translator translator) {
        Object[] resolved = arguments.stream()
                .map(argument -> argument instanceof Message nested ? nested.resolve(translator) : argument)
                .toArray();
        return translator.translate(key, resolved);
    }

    @FunctionalInterface
    public interface Translator {
        String translate(String key, Object... arguments);
    }
}
