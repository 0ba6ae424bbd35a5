package org.ariadne.justice;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Compensation sought from one source (CoE Convention Art. 15): claimed, awarded, paid.
 *
 * @param amount   optional: the amount awarded, or claimed while nothing is awarded
 * @param currency ISO 4217 code of the amount, required with it
 */
public record CompensationClaim(CompensationSource source, boolean claimed, boolean awarded, boolean paid,
                                @Nullable BigDecimal amount, @Nullable String currency) {

    public static CompensationClaim none(CompensationSource source) {
        return new CompensationClaim(source, false, false, false, null, null);
    }

    public boolean recordsNothing() {
        return !claimed && !awarded && !paid && amount == null;
    }
}
