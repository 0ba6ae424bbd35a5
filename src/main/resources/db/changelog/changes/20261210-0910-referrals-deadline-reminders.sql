--liquibase formatted sql

--changeset ariadne:deadline-reminders-1
-- One row per reminder sent: a case's deadline (its kind and last day) is reminded once per kind,
-- however often the job runs or on however many nodes. A changed deadline is a new reminder.
CREATE TABLE deadline_reminder (
    case_code       VARCHAR(16)  NOT NULL,
    kind            VARCHAR(48)  NOT NULL,
    last_day        DATE         NOT NULL,
    organisation_id BIGINT       NOT NULL,
    sent_at         TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (case_code, kind, last_day),
    CONSTRAINT fk_deadline_reminder_case FOREIGN KEY (case_code) REFERENCES case_record (code) ON DELETE CASCADE,
    CONSTRAINT fk_deadline_reminder_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
-- The daily job reads every organisation's clocks at once.
CREATE INDEX ix_nrm_case_clock ON nrm_case (clock_kind, clock_last_day);
--rollback DROP INDEX ix_nrm_case_clock ON nrm_case; DROP TABLE deadline_reminder;
