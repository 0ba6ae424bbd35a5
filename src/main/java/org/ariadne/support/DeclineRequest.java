package org.ariadne.support;

import org.jspecify.annotations.Nullable;

/**
 * A provider declining a referral: the reason counts in the statistics on barriers to access; the
 * note (optional, encrypted) is for the referring caseworker.
 *
 * @param expectedVersion the version of the referral the provider saw
 */
public record DeclineRequest(@Nullable DeclineReason reason, @Nullable String note, long expectedVersion) {
}
