package org.ariadne.policy.ui;

import com.vaadin.flow.component.HasValidation;
import java.time.LocalDate;
import java.util.Map;
import org.ariadne.policy.PolicyProfile;

/**
 * How the editors on the policy screen save: the screen supplies the effective date and the version
 * the editors were loaded from, shows the outcome and reloads every editor after a save.
 */
interface PolicyChanges {

    /** One change as a service call. */
    @FunctionalInterface
    interface Change {
        PolicyProfile apply(LocalDate effectiveFrom, int expectedLatest);
    }

    /**
     * Runs the change when the effective date is acceptable; a refusal is shown on the named field
     * (or the effective date) and nothing is saved.
     *
     * @return whether a new version was saved
     */
    boolean run(Change change, Map<String, ? extends HasValidation> fields);
}
