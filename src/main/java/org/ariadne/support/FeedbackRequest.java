package org.ariadne.support;

import org.ariadne.support.ServiceFeedbackGiven.NeedsMet;
import org.jspecify.annotations.Nullable;

/**
 * The person's own feedback on a service, recorded by the caseworker.
 *
 * @param personConsents the person agreed to give feedback; without it nothing is recorded
 * @param rating         1 (poor) to 5 (excellent)
 */
public record FeedbackRequest(@Nullable Integer rating, @Nullable NeedsMet needsMet, boolean personConsents) {
}
