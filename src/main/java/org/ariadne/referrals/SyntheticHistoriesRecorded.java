package org.ariadne.referrals;

import java.util.List;

/**
 * Published after a batch of synthetic cases was given histories on the mechanism: the last step
 * of each, as {@link NrmStepRecorded} would carry it, in one event so statistics can count a
 * million benchmark cases in batches.
 */
public record SyntheticHistoriesRecorded(List<NrmStepRecorded> steps) {

    public SyntheticHistoriesRecorded {
        steps = List.copyOf(steps);
    }
}
