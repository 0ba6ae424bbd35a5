package org.ariadne.support;

import org.ariadne.cases.ServiceRecipient;
import org.jspecify.annotations.Nullable;

/**
 * One referral as its provider sees it. While the referral is accepted or being delivered, the
 * person as a provider may see them and the needs note; before and after, neither.
 */
public record ProviderReferral(InboxItem referral, @Nullable ServiceRecipient recipient, @Nullable String needs) {

    public boolean givesAccess() {
        return recipient != null;
    }
}
