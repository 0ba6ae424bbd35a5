package org.ariadne.common;

/**
 * Published when an organisation should hear of something: a referral received, a decision made,
 * a child's case alerted. The notifications feature turns it into an in-app notice (and an e-mail
 * where configured). It names a case by its code only and carries no personal data.
 *
 * @param organisationId the organisation to tell
 * @param kind           what happened: the suffix of the message key {@code notice.kind.<kind>}
 * @param caseCode       the case concerned, or empty
 */
public record Notice(long organisationId, String kind, String caseCode) {
}
