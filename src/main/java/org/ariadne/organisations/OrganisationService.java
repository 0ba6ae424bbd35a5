package org.ariadne.organisations;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ariadne.audit.AuditEvent;
import org.ariadne.audit.AuditTrail;
import org.ariadne.common.Checks;
import org.ariadne.common.ConflictException;
import org.ariadne.common.InvalidInputException;
import org.ariadne.common.NotFoundException;
import org.ariadne.organisations.internal.OrganisationEntity;
import org.ariadne.organisations.internal.OrganisationRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisations: anyone signed in may look up active organisations (to refer a case to a shelter,
 * say); only administrators create, change or deactivate them.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class OrganisationService {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,39}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private final OrganisationRepository organisations;
    private final AuditTrail audit;

    OrganisationService(OrganisationRepository organisations, AuditTrail audit) {
        this.organisations = organisations;
        this.audit = audit;
    }

    public List<Organisation> listActive() {
        return organisations.findByActiveTrueOrderByName().stream().map(OrganisationEntity::toValue).toList();
    }

    public Optional<Organisation> findByCode(String code) {
        return organisations.findByCode(code).map(OrganisationEntity::toValue);
    }

    public Optional<Organisation> find(OrganisationId id) {
        return organisations.findById(id.value()).map(OrganisationEntity::toValue);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Page<Organisation> search(String filter, Pageable pageable) {
        return organisations.search(filter, pageable).map(OrganisationEntity::toValue);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public long count(String filter) {
        return organisations.countSearch(filter);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Organisation create(OrganisationDraft draft) {
        String code = Checks.matching(draft.code(), "code", CODE, 40);
        if (organisations.findByCode(code).isPresent()) {
            throw new InvalidInputException("code", "organisations.error.code-taken");
        }
        var entity = new OrganisationEntity(code, Checks.required(draft.name(), "name", 160),
                Checks.present(draft.actorType(), "actorType"), Checks.required(draft.region(), "region", 80));
        entity.setNotificationEmail(notificationEmail(draft));
        Organisation created = organisations.saveAndFlush(entity).toValue();
        audit.record(AuditEvent.success("organisation.create", "organisation", created.code()));
        return created;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Organisation update(OrganisationId id, OrganisationDraft draft) {
        OrganisationEntity entity = organisations.findById(id.value())
                .orElseThrow(() -> new NotFoundException("organisations.error.not-found"));
        if (entity.getVersion() != draft.version()) {
            throw ConflictException.staleVersion();
        }
        entity.update(Checks.required(draft.name(), "name", 160), Checks.present(draft.actorType(), "actorType"),
                Checks.required(draft.region(), "region", 80), draft.active());
        entity.setNotificationEmail(notificationEmail(draft));
        Organisation updated = organisations.saveAndFlush(entity).toValue();
        audit.record(AuditEvent.success("organisation.update", "organisation", updated.code()));
        return updated;
    }

    /** Optional: blank means none. */
    private static @Nullable String notificationEmail(OrganisationDraft draft) {
        String email = Checks.optional(draft.notificationEmail(), "notificationEmail", 254);
        if (email.isEmpty()) {
            return null;
        }
        if (!EMAIL.matcher(email).matches()) {
            throw new InvalidInputException("notificationEmail", "common.error.format");
        }
        return email;
    }
}
