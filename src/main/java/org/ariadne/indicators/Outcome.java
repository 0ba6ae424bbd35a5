package org.ariadne.indicators;

/** The screening outcome, strongest first. */
public enum Outcome {
    PRESUMED_VICTIM,
    DECEIVED_AND_EXPLOITED,
    EXPLOITED_ONLY,
    INSUFFICIENT
}
