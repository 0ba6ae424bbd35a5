package org.ariadne.support;

import java.time.YearMonth;

/**
 * The person's own anonymous feedback on one service, given with their consent: a rating and
 * whether it met their needs. Nothing links it to who gave it beyond the case key.
 *
 * @param rating 1 (poor) to 5 (excellent)
 */
public record ServiceFeedbackGiven(String caseKey, String referralKey, ServiceType serviceType, int rating,
                                   NeedsMet needsMet, YearMonth month) {

    public enum NeedsMet {
        YES,
        PARTLY,
        NO;

        public String messageKey() {
            return "support.needs-met." + name();
        }
    }
}
