package org.ariadne.policy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ariadne.audit.AuditEvent;
import org.ariadne.audit.AuditOutcome;
import org.ariadne.audit.AuditTrail;
import org.ariadne.common.Checks;
import org.ariadne.common.ConflictException;
import org.ariadne.common.InvalidInputException;
import org.ariadne.organisations.ActorType;
import org.ariadne.policy.internal.PolicyStore;
import org.ariadne.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The national policy profile in force: which actor types may perform which NRM function, the
 * legal clocks and the public holidays. Everyone signed in may read it (screens explain refusals
 * with it); only administrators adopt a new version. A version is in force from its effective date
 * until the next later one (on the same day, the higher number wins); a change builds on the version
 * in force on its own date and never rewrites an earlier one.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class PolicyService {

    /** What a version is today. */
    public enum Status {
        IN_FORCE, SCHEDULED, SUPERSEDED,
        /** Scheduled, but a later version with the same date replaces it before it takes effect. */
        REPLACED
    }

    /** A version as the administration screen lists it. */
    public record Version(PolicyProfile profile, String basedOn, Instant createdAt, String createdBy, Status status) {
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

    /** Today as the country reckons it (the application's time zone). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The profile in force today; before any version is adopted, the "law enforcement designates" preset. */
    public PolicyProfile inForce() {
        return inForceOn(LocalDate.now(clock));
    }

    /** The profile in force on a day, scheduled versions included. */
    public PolicyProfile inForceOn(LocalDate day) {
        return store.inForceOn(day).map(PolicyStore.Stored::profile)
                .orElseGet(() -> PolicyProfile.lawEnforcementDesignates(LocalDate.EPOCH));
    }

    /** Whether the profile in force lets this actor type perform the function, and if not, which rule says so. */
    public PolicyDecision check(ActorType actorType, NrmFunction function) {
        return inForce().check(actorType, function);
    }

    /** The number of the last version adopted, 0 before the first: editors hand it back to detect a concurrent change. */
    public int latestVersion() {
        return store.latest().map(s -> s.profile().version()).orElse(0);
    }

    /** Every version, newest first, with what it is today. */
    public List<Version> history() {
        LocalDate today = LocalDate.now(clock);
        List<PolicyStore.Stored> all = store.history();
        int inForce = store.inForceOn(today).map(s -> s.profile().version()).orElse(0);
        Map<LocalDate, Integer> lastOfDay = new HashMap<>();
        all.forEach(s -> lastOfDay.merge(s.profile().effectiveFrom(), s.profile().version(), Math::max));
        return all.stream().map(s -> {
            PolicyProfile p = s.profile();
            Status status = p.effectiveFrom().isAfter(today)
                    ? (lastOfDay.get(p.effectiveFrom()) == p.version() ? Status.SCHEDULED : Status.REPLACED)
                    : (p.version() == inForce ? Status.IN_FORCE : Status.SUPERSEDED);
            return new Version(p, s.basedOn(), s.createdAt(), s.createdBy(), status);
        }).toList();
    }

    /** Adopts a preset's matrix as a new version from the given date (today or later); clocks and holidays stay. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public PolicyProfile adoptPreset(PolicyPreset preset, LocalDate effectiveFrom) {
        Checks.present(preset, "preset");
        LocalDate from = checkedDate(effectiveFrom);
        PolicyProfile basis = inForceOn(from);
        return save(new PolicyProfile(nextVersion(), from, preset.matrix(), basis.clocks(), basis.publicHolidays()),
                preset.name());
    }

    /** Grants or revokes one function for one actor type, as a new version from the given date. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public PolicyProfile setPermission(ActorType actorType, NrmFunction function, boolean allowed,
                                       LocalDate effectiveFrom) {
        Checks.present(actorType, "actorType");
        Checks.present(function, "function");
        LocalDate from = checkedDate(effectiveFrom);
        PolicyProfile basis = inForceOn(from);
        PolicyProfile changed = allowed ? basis.grant(actorType, function) : basis.revoke(actorType, function);
        return save(new PolicyProfile(nextVersion(), from, changed.matrix(), changed.clocks(),
                changed.publicHolidays()), "EDIT");
    }

    /**
     * New clocks as a new version from the given date; the matrix and holidays of the version in force
     * on that date stay. A recovery period below the Convention minimum is accepted (the screen warns).
     *
     * @param expectedLatest the {@link #latestVersion()} the editor showed; any version adopted since is a conflict
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public PolicyProfile changeClocks(@Nullable ClockDraft draft, LocalDate effectiveFrom, int expectedLatest) {
        ClockSettings clocks = Checks.present(draft, "clocks").toSettings();
        LocalDate from = checkedDate(effectiveFrom);
        requireLatest(expectedLatest);
        PolicyProfile basis = inForceOn(from);
        return save(new PolicyProfile(nextVersion(), from, basis.matrix(), clocks, basis.publicHolidays()), "CLOCKS");
    }

    /** Replaces the public holidays as a new version from the given date; matrix and clocks stay. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public PolicyProfile changePublicHolidays(@Nullable Collection<LocalDate> holidays, LocalDate effectiveFrom,
                                              int expectedLatest) {
        var checked = PublicHolidays.checked(holidays);
        LocalDate from = checkedDate(effectiveFrom);
        requireLatest(expectedLatest);
        PolicyProfile basis = inForceOn(from);
        return save(new PolicyProfile(nextVersion(), from, basis.matrix(), basis.clocks(), checked), "HOLIDAYS");
    }

    private PolicyProfile save(PolicyProfile profile, String basedOn) {
        store.add(profile, basedOn, clock.instant(), currentUser.require().username());
        audit.record(new AuditEvent("policy.version", "policy-profile", Integer.toString(profile.version()),
                AuditOutcome.SUCCESS, basedOn + " " + profile.effectiveFrom()));
        return profile;
    }

    private void requireLatest(int expected) {
        if (latestVersion() != expected) {
            throw ConflictException.staleVersion();
        }
    }

    private int nextVersion() {
        return latestVersion() + 1;
    }

    private LocalDate checkedDate(@Nullable LocalDate effectiveFrom) {
        LocalDate date = Checks.present(effectiveFrom, "effectiveFrom");
        if (date.isBefore(LocalDate.now(clock))) {
            throw new InvalidInputException("effectiveFrom", "policy.error.past-date");
        }
        return date;
    }
}
