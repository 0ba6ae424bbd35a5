package org.ariadne.referrals.internal;

import java.util.Map;
import org.ariadne.referrals.workflow.CommandDetails;
import org.ariadne.referrals.workflow.JusticeFacts;
import org.ariadne.referrals.workflow.CaseFacts;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Workflow values as JSON: case facts, justice facts, and step details tagged with their type. */
@Component
class DetailsCodec {

    private static final Map<String, Class<? extends CommandDetails>> TYPES = Map.of(
            "None", CommandDetails.None.class,
            "Detection", CommandDetails.Detection.class,
            "Extension", CommandDetails.Extension.class,
            "EarlyEnd", CommandDetails.EarlyEnd.class,
            "Exit", CommandDetails.Exit.class,
            "Closing", CommandDetails.Closing.class,
            "JusticeUpdate", CommandDetails.JusticeUpdate.class);

    private final JsonMapper json;

    DetailsCodec(JsonMapper json) {
        this.json = json;
    }

    String facts(CaseFacts facts) {
        return json.writeValueAsString(facts);
    }

    CaseFacts facts(String text) {
        return json.readValue(text, CaseFacts.class);
    }

    String justice(JusticeFacts facts) {
        return json.writeValueAsString(facts);
    }

    JusticeFacts justice(String text) {
        return json.readValue(text, JusticeFacts.class);
    }

    static String typeOf(CommandDetails details) {
        return details.getClass().getSimpleName();
    }

    String details(CommandDetails details) {
        return json.writeValueAsString(details);
    }

    CommandDetails details(String type, String text) {
        Class<? extends CommandDetails> target = TYPES.get(type);
        if (target == null) {
            throw new IllegalStateException("unknown step details type " + type);
        }
        return json.readValue(text, target);
    }
}
