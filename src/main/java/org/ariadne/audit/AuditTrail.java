package org.ariadne.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.stream.Collectors;
import org.ariadne.audit.internal.AuditWriter;
import org.ariadne.security.CurrentUser;
import org.ariadne.security.UserContext;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes audit entries for the current caller. Each entry is committed in its own transaction, so
 * a refused or failed action is recorded even when the caller's transaction rolls back.
 */
@Service
public class AuditTrail {

    private final AuditWriter writer;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditTrail(AuditWriter writer, CurrentUser currentUser) {
        this.writer = writer;
        this.currentUser = currentUser;
        this.clock = Clock.systemUTC();
    }

    public void record(AuditEvent event) {
        UserContext user = currentUser.find().orElse(null);
        String username = user == null ? "anonymous" : user.username();
        String organisation = user == null ? "" : user.organisationCode();
        String roles = user == null ? "" : user.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        writer.append(clock.instant(), username, organisation, roles, event, clientAddress());
    }

    /** Records an event for a named user who is not (yet) the authenticated caller, e.g. a failed login. */
    public void recordFor(String username, AuditEvent event) {
        writer.append(clock.instant(), username, "", "", event, clientAddress());
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr() == null ? "" : request.getRemoteAddr();
        }
        return "";
    }
}
