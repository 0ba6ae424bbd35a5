package org.ariadne.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageTest {

    @Test
    void nestedMessagesAreTranslatedBeforeTheOuterOne() {
        Message message = Message.of("outer", Message.of("inner", 7), 3);

        String text = message.resolve((key, args) -> key + Arrays.toString(args));

        assertThat(text).isEqualTo("outer[inner[7], 3]");
    }

    @Test
    void argumentsAreCopied() {
        List<Object> arguments = new ArrayList<>(List.of("a"));
        Message message = new Message("key", arguments);
        arguments.add("b");

        assertThat(message.arguments()).containsExactly("a");
    }
}
