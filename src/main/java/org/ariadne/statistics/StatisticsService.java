package org.ariadne.statistics;

import com.vaadin.flow.i18n.I18NProvider;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ariadne.audit.AuditEvent;
import org.ariadne.audit.AuditTrail;
import org.ariadne.common.Checks;
import org.ariadne.common.ConflictException;
import org.ariadne.common.InvalidInputException;
import org.ariadne.policy.PolicyProfile;
import org.ariadne.policy.PolicyService;
import org.ariadne.security.CurrentUser;
import org.ariadne.statistics.disclosure.DisclosureControl;
import org.ariadne.statistics.disclosure.DisclosureRules;
import org.ariadne.statistics.internal.AnswerSetStore;
import org.ariadne.statistics.internal.FactQueries;
import org.ariadne.statistics.internal.SettingsStore;
import org.ariadne.statistics.internal.Summaries;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Anonymised statistics for the national co-ordinator, the administrators of statistics (ADMIN) and
 * the DPO. Every figure leaves through disclosure control; exports and every change are audited.
 * Only the co-ordinator annotates and reviews the national answer set; only an administrator
 * changes the disclosure-control settings.
 */
@Service
@EnableConfigurationProperties(StatisticsSettings.class)
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN', 'DPO')")
@Transactional(readOnly = true)
public class StatisticsService {

    /** Disclosure-control settings in force, and who changed them last. */
    public record Settings(int k, int roundingBase, int exportK, @Nullable String updatedBy, int version) {
    }

    private final FactQueries facts;
    private final Summaries summaries;
    private final AnswerSetStore answers;
    private final SettingsStore settingsStore;
    private final StatisticsSettings defaults;
    private final PolicyService policy;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final I18NProvider i18n;
    private final Clock clock;

    StatisticsService(FactQueries facts, Summaries summaries, AnswerSetStore answers, SettingsStore settingsStore,
                      StatisticsSettings defaults, PolicyService policy, AuditTrail audit, CurrentUser currentUser,
                      I18NProvider i18n, Clock clock) {
        this.facts = facts;
        this.summaries = summaries;
        this.answers = answers;
        this.settingsStore = settingsStore;
        this.defaults = defaults;
        this.policy = policy;
        this.audit = audit;
        this.currentUser = currentUser;
        this.i18n = i18n;
        this.clock = clock;
    }

    public Settings settings() {
        return settingsStore.find().map(s -> new Settings(s.k(), s.roundingBase(), s.exportK(), s.updatedBy(), s.version()))
                .orElseGet(() -> new Settings(defaults.k(), defaults.roundingBase(), defaults.exportK(), null, 0));
    }

    public DisclosureRules rules() {
        Settings s = settings();
        return new DisclosureRules(s.k(), s.roundingBase());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Settings changeSettings(int k, int roundingBase, int exportK, int expectedVersion) {
        if (k < 2 || k > 1000 || exportK < 2 || exportK > 1000) {
            throw new InvalidInputException("k", "statistics.error.k");
        }
        if (roundingBase < 0 || roundingBase > 1000) {
            throw new InvalidInputException("roundingBase", "statistics.error.rounding");
        }
        if (!settingsStore.save(k, roundingBase, exportK, currentUser.require().username(), clock.instant(),
                expectedVersion)) {
            throw ConflictException.staleVersion();
        }
        audit.record(AuditEvent.success("statistics.settings", "statistics-settings",
                "k=" + k + ";base=" + roundingBase + ";export-k=" + exportK));
        return settings();
    }

    public List<Integer> years() {
        return facts.years();
    }

    public List<String> regions() {
        return facts.regions();
    }

    public Dashboard dashboard(StatisticsQuery query, @Nullable StatisticsQuery comparison) {
        Checks.present(query, "query");
        return new DashboardBuilder(facts, summaries::counts, control()).build(query, comparison);
    }

    /** Any two dimensions counting the same records against each other, with totals, protected as one table. */
    public Breakdown pivot(StatisticsQuery query, Dimension rows, Dimension columns) {
        Checks.present(rows, "rows");
        Checks.present(columns, "columns");
        var pub = new Publication(facts, summaries::counts, control());
        Basis basis = columns.source() == Dimension.Source.SERVICES ? Basis.SERVICE_MONTH : Basis.REFERENCE_MONTH;
        pub.table("pivot", rows, columns, query, basis);
        return pub.protect().get("pivot");
    }

    /** The national answer set of the period (all regions), created as a draft on first use. */
    @Transactional
    public IndicatorSet indicators(Period period) {
        var query = StatisticsQuery.national(period);
        Dashboard dashboard = dashboard(query, null);
        PolicyProfile profile = policy.inForce();
        AnswerSetStore.Stored stored = answers.findOrCreate(period.from(), period.to());
        Map<String, String> notes = answers.annotations(stored.id());
        List<Indicator> indicators = new IndicatorCalculator(dashboard, profile).all().stream()
                .map(i -> i.withAnnotation(notes.get(i.code()))).toList();
        return new IndicatorSet(query, indicators, IndicatorSet.ReviewStatus.valueOf(stored.status()), stored.version(),
                stored.reviewedBy(), stored.reviewedAt(), profile.version(), dashboard.note());
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional
    public void annotate(Period period, String code, String note, int expectedVersion) {
        if (!IndicatorCalculator.CODES.contains(code)) {
            throw new InvalidInputException("code", "statistics.error.unknown-indicator");
        }
        String text = note == null ? "" : note.strip();
        if (text.length() > 2000) {
            throw new InvalidInputException("note", "statistics.error.note-too-long", 2000);
        }
        AnswerSetStore.Stored stored = answers.findOrCreate(period.from(), period.to());
        if ("REVIEWED".equals(stored.status())) {
            throw new InvalidInputException("note", "statistics.error.reviewed");
        }
        if (!answers.annotate(stored.id(), code, text, currentUser.require().username(), clock.instant(),
                expectedVersion)) {
            throw ConflictException.staleVersion();
        }
        audit.record(AuditEvent.success("statistics.annotate", "answer-set", period.label() + ":" + code));
    }

    /** Marks the answer set reviewed (or back to draft); refused when someone changed it since it was read. */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional
    public void setReviewed(Period period, boolean reviewed, int expectedVersion) {
        AnswerSetStore.Stored stored = answers.findOrCreate(period.from(), period.to());
        boolean done = reviewed
                ? answers.setStatus(stored.id(), "REVIEWED", currentUser.require().username(), clock.instant(),
                expectedVersion)
                : answers.setStatus(stored.id(), "DRAFT", null, null, expectedVersion);
        if (!done) {
            throw ConflictException.staleVersion();
        }
        audit.record(AuditEvent.success(reviewed ? "statistics.review" : "statistics.reopen", "answer-set",
                period.label()));
    }

    /** The national answer set as a file, in the given language; audited. */
    @Transactional
    public byte[] exportIndicators(Period period, ExportFormat format, Locale locale) {
        IndicatorSet set = indicators(period);
        byte[] file = new AnswerSetWriter((key, args) -> i18n.getTranslation(key, locale, args)).write(set, format);
        audit.record(AuditEvent.success("statistics.export", "answer-set", period.label() + ":" + format.name()));
        return file;
    }

    /** The HTCDS case-level anonymised export of the period (persons who consented to research use only). */
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    public HtcdsExport htcds(Period period) {
        HtcdsExport export = new HtcdsExporter(facts).export(period, settings().exportK());
        audit.record(AuditEvent.success("statistics.export", "htcds", period.label() + ":records=" + export.exported()
                + ";suppressed=" + export.suppressed()));
        return export;
    }

    /** The HTCDS export as CSV, one line per record; audited. */
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    public byte[] htcdsCsv(Period period) {
        return HtcdsCsv.write(htcds(period));
    }

    /** A translated sentence naming the disclosure control applied, for any output. */
    public String note(Locale locale) {
        DisclosureRules r = rules();
        return r.rounds() ? i18n.getTranslation("statistics.note.rounded", locale, r.k(), r.k() - 1, r.roundingBase())
                : i18n.getTranslation("statistics.note", locale, r.k(), r.k() - 1);
    }

    private DisclosureControl control() {
        return new DisclosureControl(rules());
    }
}
