package org.ariadne.referrals.workflow;

/**
 * Whether the person co-operates with law enforcement. Recorded for the criminal-justice track
 * only; assistance never depends on it (CoE Convention Art. 12(6), Directive 2011/36/EU Art. 11(3)).
 */
public enum Cooperation {
    NOT_RECORDED,
    YES,
    NO,
    DECLINED;

    public String messageKey() {
        return "nrm.cooperation." + name();
    }
}
