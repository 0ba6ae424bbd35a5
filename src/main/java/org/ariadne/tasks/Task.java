package org.ariadne.tasks;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One thing to do. Names no person: a case is named by its code, any other record by its id.
 *
 * @param kindKey   message key saying what to do
 * @param reference the case code or record id concerned
 * @param due       the last day, or null without a deadline
 * @param remaining days left in the deadline's own count, negative when overdue; null without one
 * @param child     whether it concerns a child (children's cases come first in urgency)
 * @param route     the screen that opens it, e.g. {@code cases/2026-000123-K}
 */
public record Task(String kindKey, String reference, @Nullable LocalDate due, @Nullable Long remaining,
                   TaskMark mark, boolean child, String route) {
}
