package org.ariadne.cases;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Where and how the person was met. The identifying organisation is the one recording the case. */
public record EncounterData(@Nullable LocalDate date, @Nullable String region, @Nullable String municipality,
                            @Nullable Channel channel) {

    public static EncounterData empty() {
        return new EncounterData(null, null, null, null);
    }
}
