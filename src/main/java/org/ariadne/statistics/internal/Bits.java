package org.ariadne.statistics.internal;

import java.util.Set;

/**
 * Sets kept as bit masks: bit n stands for the enum constant with ordinal n. The order of the enums
 * is therefore part of the stored format (a test pins it); new constants go at the end.
 */
final class Bits {

    private Bits() {
    }

    static <E extends Enum<E>> int of(Set<E> values) {
        int mask = 0;
        for (E value : values) {
            mask |= 1 << value.ordinal();
        }
        return mask;
    }

    static int bit(Enum<?> value) {
        return 1 << value.ordinal();
    }
}
