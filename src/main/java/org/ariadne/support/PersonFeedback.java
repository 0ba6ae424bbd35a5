package org.ariadne.support;

import java.time.YearMonth;
import org.ariadne.support.ServiceFeedbackGiven.NeedsMet;

/** The person's feedback on one service as recorded: anonymous, dated by month only. */
public record PersonFeedback(int rating, NeedsMet needsMet, YearMonth month) {
}
