--liquibase formatted sql

--changeset ariadne:justice-1
-- A case's criminal-justice record with a version for optimistic locking. Co-operation is kept
-- for the criminal-justice track only; nothing reads it to decide on support.
CREATE TABLE justice_record (
    case_code      VARCHAR(16)  NOT NULL PRIMARY KEY,
    version        BIGINT       NOT NULL,
    cooperation    VARCHAR(16)  NOT NULL,
    witness        VARCHAR(24)  NOT NULL,
    non_punishment VARCHAR(16)  NOT NULL,
    updated_at     TIMESTAMP(6) NOT NULL,
    updated_by     VARCHAR(64)  NOT NULL,
    CONSTRAINT fk_justice_record_case FOREIGN KEY (case_code) REFERENCES case_record (code) ON DELETE CASCADE,
    CONSTRAINT ck_justice_cooperation CHECK (cooperation IN ('NOT_RECORDED', 'YES', 'NO', 'DECLINED')),
    CONSTRAINT ck_justice_witness CHECK (witness IN ('NOT_RECORDED', 'NOT_A_WITNESS', 'WITNESS', 'PROTECTED_WITNESS')),
    CONSTRAINT ck_justice_non_punishment CHECK (non_punishment IN ('NOT_APPLICABLE', 'NOT_REQUESTED', 'REQUESTED',
                                                                   'APPLIED', 'REFUSED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Offences the person was charged with; the description may name people, so it is encrypted.
CREATE TABLE justice_offence (
    case_code       VARCHAR(16) NOT NULL,
    seq             INT         NOT NULL,
    description_enc TEXT        NOT NULL,
    linked          BOOLEAN     NOT NULL,
    PRIMARY KEY (case_code, seq),
    CONSTRAINT fk_justice_offence_case FOREIGN KEY (case_code) REFERENCES justice_record (case_code) ON DELETE CASCADE,
    CONSTRAINT ck_justice_offence_enc CHECK (description_enc LIKE 'v1:%')
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Compensation per source: claimed, awarded, paid, with an optional amount.
CREATE TABLE justice_compensation (
    case_code VARCHAR(16)    NOT NULL,
    source    VARCHAR(16)    NOT NULL,
    claimed   BOOLEAN        NOT NULL,
    awarded   BOOLEAN        NOT NULL,
    paid      BOOLEAN        NOT NULL,
    amount    DECIMAL(14, 2) NULL,
    currency  CHAR(3)        NULL,
    PRIMARY KEY (case_code, source),
    CONSTRAINT fk_justice_compensation_case FOREIGN KEY (case_code) REFERENCES justice_record (case_code)
        ON DELETE CASCADE,
    CONSTRAINT ck_justice_compensation_source CHECK (source IN ('OFFENDER', 'STATE_FUND', 'CIVIL_CLAIM')),
    CONSTRAINT ck_justice_compensation_amount CHECK (amount IS NULL OR (amount >= 0 AND currency IS NOT NULL)),
    CONSTRAINT ck_justice_compensation_paid CHECK (paid = FALSE OR awarded = TRUE)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE justice_compensation; DROP TABLE justice_offence; DROP TABLE justice_record;
