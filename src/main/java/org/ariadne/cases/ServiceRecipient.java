package org.ariadne.cases;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The person as a service provider sees them through an accepted referral: who they are, how to
 * reach them and what bears on the service. Never the narrative, the exploitation, the indicators,
 * the decisions or anything about the investigation.
 */
public record ServiceRecipient(CaseCode code, @Nullable String name, @Nullable String aliases, @Nullable Integer age,
                               boolean child, @Nullable Sex sex, List<String> languages, List<String> citizenships,
                               @Nullable Disability disability, boolean pregnant, @Nullable String contact,
                               String ownerName) {

    public ServiceRecipient {
        languages = List.copyOf(languages);
        citizenships = List.copyOf(citizenships);
    }
}
