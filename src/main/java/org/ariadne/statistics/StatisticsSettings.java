package org.ariadne.statistics;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Defaults for disclosure control and grouping (ariadne.statistics.*). An administrator of
 * statistics may override k, the rounding base and the export k on the settings screen.
 *
 * @param k            primary-suppression threshold: counts from 1 to k-1 are hidden
 * @param roundingBase published counts rounded to a multiple of this (0: no rounding)
 * @param exportK      k-anonymity over all columns of the case-level export (CTDC uses 11)
 * @param country      the reporting State (ISO 3166-1 alpha-2), for the NATIONAL citizenship group
 */
@ConfigurationProperties("ariadne.statistics")
public record StatisticsSettings(@DefaultValue("10") int k, @DefaultValue("0") int roundingBase,
                                 @DefaultValue("11") int exportK, @DefaultValue("") String country) {
}
