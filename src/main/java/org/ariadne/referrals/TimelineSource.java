package org.ariadne.referrals;

import java.util.List;
import org.ariadne.cases.CaseCode;

/**
 * Events another feature contributes to a case's timeline (service referrals answered, delivered
 * and rated, for instance). Called only after the reader's access to the whole case was checked.
 */
public interface TimelineSource {

    List<TimelineEntry> entries(CaseCode code);
}
