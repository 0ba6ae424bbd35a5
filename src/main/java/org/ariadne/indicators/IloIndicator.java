package org.ariadne.indicators;

import java.util.List;

/** One of the ILO's 11 indicators of forced labour, with the Delphi (A-L) items it evidences. */
public record IloIndicator(String code, Labels labels, List<String> evidencedBy) {

    public IloIndicator {
        evidencedBy = List.copyOf(evidencedBy);
    }
}
