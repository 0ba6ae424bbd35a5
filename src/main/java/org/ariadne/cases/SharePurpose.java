package org.ariadne.cases;

/** Why a case is shared with an organisation other than its owner, which decides what that organisation sees. */
public enum SharePurpose {
    /** Referred for formal identification: the deciding organisation reads the whole case. */
    AUTHORITY_REFERRAL,
    /** A child's case: child protection reads the whole case to appoint a guardian and act in the child's interests. */
    CHILD_PROTECTION,
    /** An accepted service referral: the provider sees only identity, needs and contact, never the investigation. */
    SERVICE_REFERRAL;

    public String messageKey() {
        return "cases.share-purpose." + name();
    }
}
