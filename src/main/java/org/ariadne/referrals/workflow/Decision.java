package org.ariadne.referrals.workflow;

import java.time.LocalDate;

/**
 * A formal decision as it stands.
 *
 * @param on           the day it was taken; an upheld decision keeps its original day, so the
 *                     reconsideration window never restarts
 * @param reconsidered whether it has been through reconsideration (only once)
 */
public record Decision(boolean positive, LocalDate on, boolean reconsidered) {

    public static Decision positive(LocalDate on) {
        return new Decision(true, on, false);
    }

    public static Decision negative(LocalDate on) {
        return new Decision(false, on, false);
    }

    public Decision upheld() {
        return new Decision(positive, on, true);
    }
}
