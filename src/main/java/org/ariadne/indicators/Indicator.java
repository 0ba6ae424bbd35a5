package org.ariadne.indicators;

/** One indicator of a catalogue; {@code unverified} marks wording taken from a secondary source. */
public record Indicator(String code, Dimension dimension, Strength strength, boolean unverified, Labels labels) {
}
