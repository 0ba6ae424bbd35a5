package org.ariadne.referrals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.ariadne.audit.AuditEvent;
import org.ariadne.audit.AuditOutcome;
import org.ariadne.audit.AuditTrail;
import org.ariadne.common.Notice;
import org.ariadne.organisations.OrganisationId;
import org.ariadne.referrals.deadlines.Deadline;
import org.ariadne.referrals.deadlines.DeadlineStatus;
import org.ariadne.referrals.internal.NrmStore;
import org.ariadne.referrals.internal.ReminderStore;
import org.ariadne.referrals.workflow.CaseStage;
import org.ariadne.referrals.workflow.ClockKind;
import org.ariadne.referrals.workflow.NrmWorkflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deadline reminders as notifications: the deciding organisation hears of each decision that is
 * at risk or overdue, the recording organisation of each recovery period ending within a week.
 * Each reminder names the case by its code only, and is sent once per case, deadline and kind
 * (a changed deadline is a new one), however often and on however many nodes this runs. Only the
 * scheduled job calls it, as the system; what it sent is audited.
 */
@Service
@PreAuthorize("T(org.ariadne.common.SystemJob).isRunning(authentication)")
@Transactional
public class DeadlineReminders {

    public static final String AT_RISK = "decision-at-risk";
    public static final String OVERDUE = "decision-overdue";
    public static final String PERIOD_ENDING = "recovery-period-ending";
    static final int PERIOD_WITHIN_DAYS = 7;
    /** Rows read per kind and run; what is left is reminded on the next run. */
    static final int BATCH = 5_000;

    private static final Logger log = LoggerFactory.getLogger(DeadlineReminders.class);
    private static final List<CaseStage> DECISION_STAGES = List.of(CaseStage.REFERRED, CaseStage.RECOVERY_PERIOD,
            CaseStage.RECONSIDERATION);

    private final NrmEngine engine;
    private final NrmStore store;
    private final ReminderStore reminders;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    DeadlineReminders(NrmEngine engine, NrmStore store, ReminderStore reminders, ApplicationEventPublisher events,
                      AuditTrail audit, Clock clock) {
        this.engine = engine;
        this.store = store;
        this.reminders = reminders;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** How many reminders of each kind this run sent (ones sent before are not counted). */
    public record Sent(int atRisk, int overdue, int periodsEnding) {
    }

    public Sent remind() {
        NrmWorkflow workflow = engine.workflow();
        Instant now = clock.instant();
        LocalDate today = workflow.deadlines().dayOf(now);
        int atRiskDays = workflow.policy().clocks().atRiskDays();
        // Working days: a generous calendar bound for the query; the countdown below decides.
        LocalDate decisionBound = today.plusDays(atRiskDays * 2L + 21);
        int atRisk = 0;
        int overdue = 0;
        for (NrmStore.ClockRow row : store.clocksEnding(List.of(ClockKind.values()), DECISION_STAGES, decisionBound,
                OVERDUE, BATCH)) {
            if (row.authority() == null) {
                continue;
            }
            var deadline = new Deadline(row.lastDay(), row.clockKind().dayCount(), workflow.deadlines().zone());
            DeadlineStatus status = workflow.deadlines().countdown(deadline, now, atRiskDays).status();
            if (status == DeadlineStatus.OVERDUE && send(row, OVERDUE, row.authority(), now)) {
                overdue++;
            } else if (status == DeadlineStatus.AT_RISK && send(row, AT_RISK, row.authority(), now)) {
                atRisk++;
            }
        }
        int ending = 0;
        for (NrmStore.ClockRow row : store.clocksEnding(List.of(ClockKind.RECOVERY_PERIOD_END),
                List.of(CaseStage.RECOVERY_PERIOD), today.plusDays(PERIOD_WITHIN_DAYS), PERIOD_ENDING, BATCH)) {
            if (send(row, PERIOD_ENDING, row.owner(), now)) {
                ending++;
            }
        }
        var sent = new Sent(atRisk, overdue, ending);
        audit.record(new AuditEvent("referral.reminders", NrmEngine.OBJECT, "", AuditOutcome.SUCCESS,
                sent.atRisk() + " at risk, " + sent.overdue() + " overdue, " + sent.periodsEnding() + " periods ending"));
        log.info("Deadline reminders sent: {} at risk, {} overdue, {} recovery periods ending", atRisk, overdue, ending);
        return sent;
    }

    private boolean send(NrmStore.ClockRow row, String kind, OrganisationId to, Instant now) {
        if (!reminders.claim(row.code(), kind, row.lastDay(), to, now)) {
            return false;
        }
        events.publishEvent(new Notice(to.value(), kind, row.code().value()));
        return true;
    }
}
