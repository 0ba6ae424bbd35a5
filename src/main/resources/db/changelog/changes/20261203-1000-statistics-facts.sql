--liquibase formatted sql

--changeset ariadne:statistics-1
-- One anonymised row per case (or anonymous notification), maintained from events only. No name, no
-- free text, no date of birth, no address, no case code: months, bands, groups and actor types.
-- Sets (forms, barriers, compensation sources, services) are bit masks, so that one scan counts them.
CREATE TABLE stat_case_fact (
    case_key            VARCHAR(100) NOT NULL PRIMARY KEY,
    person_key          VARCHAR(100) NULL,
    counted             BOOLEAN      NOT NULL DEFAULT TRUE,
    synthetic           BOOLEAN      NOT NULL DEFAULT FALSE,
    ref_month           DATE         NULL,
    region              VARCHAR(60)  CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL,
    identifying_actor   VARCHAR(30)  NULL,
    channel             VARCHAR(30)  NULL,
    forms               INT          NOT NULL DEFAULT 0,
    sexual_types        INT          NOT NULL DEFAULT 0,
    tech_facilitated    BOOLEAN      NOT NULL DEFAULT FALSE,
    economic_sector     CHAR(1)      NULL,
    age_band            VARCHAR(12)  NULL,
    child               BOOLEAN      NOT NULL DEFAULT FALSE,
    age_disputed        BOOLEAN      NOT NULL DEFAULT FALSE,
    sex                 VARCHAR(8)   NULL,
    citizenship_group   VARCHAR(16)  NULL,
    disability          VARCHAR(14)  NULL,
    pregnant            BOOLEAN      NOT NULL DEFAULT FALSE,
    stage               VARCHAR(30)  NULL,
    anonymous           BOOLEAN      NOT NULL DEFAULT FALSE,
    consent             VARCHAR(12)  NULL,
    referred_month      DATE         NULL,
    referred_by         VARCHAR(30)  NULL,
    rg_positive         BOOLEAN      NULL,
    rg_month            DATE         NULL,
    rg_by               VARCHAR(30)  NULL,
    rg_days             INT          NULL,
    cd_positive         BOOLEAN      NULL,
    cd_month            DATE         NULL,
    cd_by               VARCHAR(30)  NULL,
    cd_days             INT          NULL,
    reconsidered        BOOLEAN      NOT NULL DEFAULT FALSE,
    assistance          VARCHAR(12)  NULL,
    outcome             VARCHAR(20)  NULL,
    close_reason        VARCHAR(30)  NULL,
    barriers            INT          NOT NULL DEFAULT 0,
    research_consent    BOOLEAN      NOT NULL DEFAULT FALSE,
    cooperation         VARCHAR(14)  NULL,
    witness             BOOLEAN      NOT NULL DEFAULT FALSE,
    linked_offences     BOOLEAN      NOT NULL DEFAULT FALSE,
    non_punishment      VARCHAR(14)  NULL,
    comp_claimed        INT          NOT NULL DEFAULT 0,
    comp_awarded        INT          NOT NULL DEFAULT 0,
    comp_paid           INT          NOT NULL DEFAULT 0,
    services_received   INT          NOT NULL DEFAULT 0,
    services_denied     INT          NOT NULL DEFAULT 0
) ENGINE = InnoDB DEFAULT CHARSET = ascii COLLATE = ascii_bin;
CREATE INDEX ix_stat_case_person ON stat_case_fact (person_key);
CREATE INDEX ix_stat_case_month ON stat_case_fact (counted, ref_month);
CREATE INDEX ix_stat_case_rg ON stat_case_fact (counted, rg_month);
CREATE INDEX ix_stat_case_cd ON stat_case_fact (counted, cd_month);
--rollback DROP TABLE stat_case_fact;

--changeset ariadne:statistics-2
-- One row per service referral: the service, how the provider answered, and the two ratings.
CREATE TABLE stat_service_fact (
    referral_key        VARCHAR(100) NOT NULL PRIMARY KEY,
    case_key            VARCHAR(100) NOT NULL,
    service_type        VARCHAR(30)  NOT NULL,
    status              VARCHAR(12)  NOT NULL,
    decline_reason      VARCHAR(40)  NULL,
    referring_actor     VARCHAR(30)  NOT NULL,
    provider_actor      VARCHAR(30)  NOT NULL,
    referred_month      DATE         NOT NULL,
    answer_days         INT          NULL,
    delivered           BOOLEAN      NOT NULL DEFAULT FALSE,
    caseworker_rating   TINYINT      NULL,
    victim_rating       TINYINT      NULL,
    needs_met           VARCHAR(8)   NULL,
    CONSTRAINT ck_stat_service_rating CHECK (caseworker_rating IS NULL OR caseworker_rating BETWEEN 1 AND 5),
    CONSTRAINT ck_stat_service_victim CHECK (victim_rating IS NULL OR victim_rating BETWEEN 1 AND 5)
) ENGINE = InnoDB DEFAULT CHARSET = ascii COLLATE = ascii_bin;
CREATE INDEX ix_stat_service_case ON stat_service_fact (case_key);
CREATE INDEX ix_stat_service_month ON stat_service_fact (referred_month);
--rollback DROP TABLE stat_service_fact;

--changeset ariadne:statistics-3
-- The national answer set of the OSCE survey for one period: review status and the co-ordinator's
-- annotations (encrypted: a note could name someone).
CREATE TABLE stat_answer_set (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    period_from   DATE         NOT NULL,
    period_to     DATE         NOT NULL,
    status        VARCHAR(10)  NOT NULL,
    reviewed_by   VARCHAR(64)  NULL,
    reviewed_at   TIMESTAMP(6) NULL,
    version       INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_stat_answer_period UNIQUE (period_from, period_to),
    CONSTRAINT ck_stat_answer_status CHECK (status IN ('DRAFT', 'REVIEWED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE TABLE stat_annotation (
    answer_set_id BIGINT       NOT NULL,
    code          VARCHAR(40)  NOT NULL,
    note_enc      TEXT         NOT NULL,
    updated_by    VARCHAR(64)  NOT NULL,
    updated_at    TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (answer_set_id, code),
    CONSTRAINT fk_stat_annotation_set FOREIGN KEY (answer_set_id) REFERENCES stat_answer_set (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE stat_annotation; DROP TABLE stat_answer_set;

--changeset ariadne:statistics-4
-- Disclosure-control settings an administrator of statistics may change (one row).
CREATE TABLE stat_settings (
    id             INT          NOT NULL PRIMARY KEY,
    k              INT          NOT NULL,
    rounding_base  INT          NOT NULL,
    export_k       INT          NOT NULL,
    updated_by     VARCHAR(64)  NOT NULL,
    updated_at     TIMESTAMP(6) NOT NULL,
    version        INT          NOT NULL DEFAULT 0,
    CONSTRAINT ck_stat_settings_k CHECK (k BETWEEN 2 AND 1000 AND export_k BETWEEN 2 AND 1000),
    CONSTRAINT ck_stat_settings_base CHECK (rounding_base BETWEEN 0 AND 1000)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE stat_settings;
