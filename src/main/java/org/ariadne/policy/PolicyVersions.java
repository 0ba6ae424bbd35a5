package org.ariadne.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ariadne.common.InvalidInputException;

/**
 * The history of a country's policy profiles, oldest first. Versions are numbered without gaps and
 * come into force on strictly later dates, so exactly one version (or none, before the first) is
 * in force on any day.
 */
public record PolicyVersions(List<PolicyProfile> versions) {

    public PolicyVersions {
        versions = List.copyOf(versions);
        for (int i = 0; i < versions.size(); i++) {
            PolicyProfile profile = versions.get(i);
            if (profile.version() != i + 1) {
                throw new InvalidInputException("version", "nrm.policy.invalid.version-sequence", i + 1);
            }
            if (i > 0 && !profile.effectiveFrom().isAfter(versions.get(i - 1).effectiveFrom())) {
                throw new InvalidInputException("effectiveFrom", "nrm.policy.invalid.effective-date",
                        versions.get(i - 1).effectiveFrom().toString());
            }
        }
    }

    public static PolicyVersions of(PolicyProfile first) {
        return new PolicyVersions(List.of(first));
    }

    public PolicyVersions add(PolicyProfile next) {
        List<PolicyProfile> all = new ArrayList<>(versions);
        all.add(next);
        return new PolicyVersions(all);
    }

    public Optional<PolicyProfile> latest() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.getLast());
    }

    /** The version whose effective date is the latest on or before the given day. */
    public Optional<PolicyProfile> inForceOn(LocalDate day) {
        PolicyProfile found = null;
        for (PolicyProfile profile : versions) {
            if (!profile.effectiveFrom().isAfter(day)) {
                found = profile;
            }
        }
        return Optional.ofNullable(found);
    }
}
