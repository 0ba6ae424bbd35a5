package org.ariadne.indicators;

/** A catalogue version as lists show it. */
public record CatalogueSummary(String code, ListType listType, int version, String title, String status,
                               boolean unverified, boolean inUse, int indicatorCount) {
}
