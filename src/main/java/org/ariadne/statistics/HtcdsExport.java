package org.ariadne.statistics;

import java.util.List;

/**
 * A case-level anonymised export in the terms of the Human Trafficking Case Data Standard (HTCDS),
 * for the Counter Trafficking Data Collaborative: generalised values only, every combination of
 * values shared by at least k records; records in rarer combinations are left out and counted.
 *
 * @param eligible  records of persons who consented to research use in the period
 * @param exported  records in the export
 * @param suppressed records left out because their combination of values was rarer than k
 * @param classes   the combinations exported and how many records share each
 * @param generalised columns coarsened for every record to keep more records (see HtcdsExporter)
 */
public record HtcdsExport(Period period, int k, long eligible, long exported, long suppressed,
                          long combinationsSuppressed, List<String> columns, List<Combination> classes,
                          List<String> generalised) {

    public record Combination(List<String> values, long records) {

        public Combination {
            values = List.copyOf(values);
        }
    }

    public HtcdsExport {
        columns = List.copyOf(columns);
        classes = List.copyOf(classes);
        generalised = List.copyOf(generalised);
    }
}
