package org.ariadne.e2e;

/**
 * The one case journeys 1 to 3 follow, as one story told by three users: the NGO caseworker
 * records it and refers it to the police for a decision (journey 1), the police officer decides
 * (journey 2), the shelter accepts the person for accommodation (journey 3). Each is its own class,
 * signed in as its own user, run in this order ({@code @Order} 10, 11, 12); journey 1 hands the
 * case code on here once the referral is made. Run alone, journeys 2 and 3 fail saying so.
 */
final class TheReferredCase {

    /** Synthetic; CI scans the logs for it (it must never appear there). */
    static final String PERSON = "Journeyova Testcase";
    /** Synthetic too, and scanned for like the name. */
    static final String CONTACT = "+37360000000";
    /** What the narrative says; only those who read the whole case may see it. */
    static final String NARRATIVE = "Recruited for farm work abroad; her passport was kept by the employer";
    static final String POLICE = "Central Police — Anti-Trafficking Unit";
    static final String SHELTER = "Safe House Shelter";

    private static String code;

    private TheReferredCase() {
    }

    static void referred(String caseCode) {
        code = caseCode;
    }

    /** The case journey 1 referred to the police; fails when journey 1 did not get that far in this run. */
    static String code() {
        if (code == null) {
            throw new AssertionError("Journey 1 (CaseworkerRecordsPresumedVictimIT) did not refer a case in this run;"
                    + " journeys 2 and 3 continue its case. Run them together, e.g. -Dit.test="
                    + "'CaseworkerRecordsPresumedVictimIT,PoliceOfficerDecidesIT,ShelterAcceptsTheReferralIT'");
        }
        return code;
    }
}
