package org.ariadne.audit;

import java.util.OptionalLong;

/** Result of checking the chain: how many entries were checked and the first broken one, if any. */
public record ChainVerification(long checked, OptionalLong firstBrokenId) {

    public boolean intact() {
        return firstBrokenId.isEmpty();
    }
}
