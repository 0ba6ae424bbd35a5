package org.ariadne.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.ariadne.base.TranslationProvider;
import org.ariadne.common.Message;
import org.ariadne.organisations.ActorType;
import org.junit.jupiter.api.Test;

/** A policy refusal reads as a sentence naming the actor type and the function, in each language. */
class PolicyRefusalTranslationTest {

    private static final TranslationProvider TRANSLATIONS = new TranslationProvider();

    private static String render(Message message, Locale locale) {
        return message.resolve((key, args) -> TRANSLATIONS.getTranslation(key, locale, args));
    }

    @Test
    void refusalNamesActorTypeFunctionAndVersion() {
        PolicyDecision decision = PolicyProfile.lawEnforcementDesignates(LocalDate.of(2026, 1, 1))
                .check(ActorType.NGO, NrmFunction.DECIDE_CONCLUSIVE);
        Message message = ((PolicyDecision.Refused) decision).message();

        assertThat(render(message, TranslationProvider.ENGLISH)).isEqualTo(
                "National policy (version 1) does not allow the actor type “NGO” to take conclusive decisions.");
        assertThat(render(message, TranslationProvider.FRENCH)).isEqualTo(
                "La politique nationale (version 1) ne permet pas au type d’acteur « ONG » de prendre des décisions définitives.");
        assertThat(render(message, TranslationProvider.RUSSIAN)).isEqualTo(
                "Национальная политика (версия 1) не разрешает субъектам типа «НКО» принимать окончательные решения.");
    }
}
