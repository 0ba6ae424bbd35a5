package org.ariadne.policy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.ariadne.audit.AuditEvent;
import org.ariadne.audit.AuditTrail;
import org.ariadne.common.Checks;
import org.ariadne.common.InvalidInputException;
import org.ariadne.organisations.ActorType;
import org.ariadne.policy.internal.PolicyStore;
import org.ariadne.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The national policy profile in force: which actor types may perform which NRM function, and the
 * legal clocks. Everyone signed in may read it (screens explain refusals with it); only
 * administrators adopt a new version, which takes effect on its date and never rewrites the past.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class PolicyService {

    /** A version as the administration screen lists it. */
    public record Version(PolicyProfile profile, String basedOn, java.time.Instant createdAt, String createdBy) {
    }

    private final PolicyStore store;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    PolicyService(PolicyStore store, AuditTrail audit, CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The profile in force today; before any version is adopted, the "law enforcement designates" preset. */
    public PolicyProfile inForce() {
        LocalDate today = LocalDate.now(clock);
        return store.inForceOn(today).map(PolicyStore.Stored::profile)
                .orElseGet(() -> PolicyProfile.lawEnforcementDesignates(LocalDate.EPOCH));
    }

    /** Whether the profile in force lets this actor type perform the function, and if not, which rule says so. */
    public PolicyDecision check(ActorType actorType, NrmFunction function) {
        return inForce().check(actorType, function);
    }

    public List<Version> history() {
        return store.history().stream().map(s -> new Version(s.profile(), s.basedOn(), s.createdAt(), s.createdBy()))
                .toList();
    }

    /** Adopts a preset as a new version from the given date (today or later). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public PolicyProfile adoptPreset(PolicyPreset preset, LocalDate effectiveFrom) {
        PolicyProfile base = PolicyProfile.of(preset, effectiveFrom);
        PolicyProfile current = inForce();
        return save(new PolicyProfile(nextVersion(), checkedDate(effectiveFrom), base.matrix(), current.clocks(),
                current.publicHolidays()), preset.name());
    }

    /** Grants or revokes one function for one actor type, as a new version from the given date. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public PolicyProfile setPermission(ActorType actorType, NrmFunction function, boolean allowed,
                                       LocalDate effectiveFrom) {
        Checks.present(actorType, "actorType");
        Checks.present(function, "function");
        PolicyProfile current = inForce();
        PolicyProfile changed = allowed ? current.grant(actorType, function) : current.revoke(actorType, function);
        return save(new PolicyProfile(nextVersion(), checkedDate(effectiveFrom), changed.matrix(), changed.clocks(),
                changed.publicHolidays()), "EDIT");
    }

    private PolicyProfile save(PolicyProfile profile, String basedOn) {
        store.add(profile, basedOn, clock.instant(), currentUser.require().username());
        audit.record(AuditEvent.success("policy.version", "policy-profile", Integer.toString(profile.version())));
        return profile;
    }

    private int nextVersion() {
        return store.latest().map(s -> s.profile().version() + 1).orElse(1);
    }

    private LocalDate checkedDate(LocalDate effectiveFrom) {
        LocalDate date = Checks.present(effectiveFrom, "effectiveFrom");
        if (date.isBefore(LocalDate.now(clock))) {
            throw new InvalidInputException("effectiveFrom", "policy.error.past-date");
        }
        return date;
    }
}
