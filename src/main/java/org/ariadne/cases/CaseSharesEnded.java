package org.ariadne.cases;

/**
 * Published, in the same transaction, when every sharing of a case ended at once (consent
 * withdrawn, case closed), so features that shared it can close what rested on the sharing.
 */
public record CaseSharesEnded(CaseCode code, ShareEndReason reason) {
}
