package org.ariadne.referrals;

/** What an adult consents to; each scope is given or not, and all end together when consent is withdrawn. */
public enum ConsentScope {
    /** Referral to the competent authority for formal identification. */
    REFERRAL,
    /** Sharing with the organisations named in the consent (service providers, the authority). */
    SHARING,
    /** Use of anonymised data for research, including case-level anonymised exports. */
    RESEARCH;

    public String messageKey() {
        return "nrm.consent-scope." + name();
    }
}
