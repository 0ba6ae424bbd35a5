package org.ariadne.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.ariadne.audit.internal.AuditSearch;
import org.ariadne.audit.internal.ChainVerifier;
import org.ariadne.common.SpreadsheetSafe;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The data protection officer's view of the trail. */
@Service
@PreAuthorize("hasRole('DPO')")
public class AuditService {

    private static final int EXPORT_LIMIT = 100_000;

    private final ChainVerifier verifier;
    private final AuditSearch search;
    private final AuditTrail trail;

    AuditService(ChainVerifier verifier, AuditSearch search, AuditTrail trail) {
        this.verifier = verifier;
        this.search = search;
        this.trail = trail;
    }

    /** Entries matching the filter, newest first. Searching the trail is itself recorded. */
    public List<AuditEntry> search(AuditFilter filter, int offset, int limit) {
        List<AuditEntry> page = search.page(filter, Math.max(0, offset), Math.clamp(limit, 1, 1000));
        if (offset == 0) {
            trail.record(AuditEvent.success("audit.search", "audit-trail", ""));
        }
        return page;
    }

    /** The matching entries as CSV (at most 100,000), safe to open in a spreadsheet; the export is recorded. */
    public byte[] exportCsv(AuditFilter filter) {
        List<AuditEntry> entries = search.page(filter, 0, EXPORT_LIMIT);
        trail.record(AuditEvent.success("audit.export", "audit-trail", Integer.toString(entries.size())));
        var out = new StringBuilder();
        try (var printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("id", "time", "user",
                "organisation", "roles", "action", "object_type", "object_ref", "outcome", "client_address",
                "reason").get())) {
            for (AuditEntry e : entries) {
                printer.printRecord(e.id(), e.at(), safe(e.username()), safe(e.organisationCode()), safe(e.roles()),
                        safe(e.action()), safe(e.objectType()), safe(e.objectRef()), e.outcome(),
                        safe(e.clientAddress()), safe(e.reason()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("export failed", e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String safe(String value) {
        return SpreadsheetSafe.cell(value);
    }

    /** Checks the whole chain; the check itself is audited. */
    public ChainVerification verifyChain() {
        ChainVerification result = verifier.verify();
        trail.record(new AuditEvent("audit.verify", "audit-trail", "", result.intact() ? AuditOutcome.SUCCESS
                : AuditOutcome.FAILED, result.firstBrokenId().isPresent() ? "first broken " + result.firstBrokenId().getAsLong() : ""));
        return result;
    }
}
