--liquibase formatted sql

--changeset ariadne:referrals-1
-- A case on the referral mechanism: its stage and facts (as the workflow keeps them, JSON without
-- identity or free text), and the columns the queue and task lists are served from.
CREATE TABLE nrm_case (
    case_code               VARCHAR(16)  NOT NULL PRIMARY KEY,
    version                 BIGINT       NOT NULL DEFAULT 0,
    owner_org_id            BIGINT       NOT NULL,
    stage                   VARCHAR(32)  NOT NULL,
    child                   BOOLEAN      NOT NULL,
    guardian_status         VARCHAR(16)  NOT NULL,
    facts_json              TEXT         NOT NULL,
    justice_json            TEXT         NOT NULL,
    authority_org_id        BIGINT       NULL,
    child_protection_org_id BIGINT       NULL,
    clock_kind              VARCHAR(32)  NULL,
    clock_last_day          DATE         NULL,
    updated_at              TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_nrm_case_case FOREIGN KEY (case_code) REFERENCES case_record (code) ON DELETE CASCADE,
    CONSTRAINT fk_nrm_case_owner FOREIGN KEY (owner_org_id) REFERENCES organisation (id),
    CONSTRAINT fk_nrm_case_authority FOREIGN KEY (authority_org_id) REFERENCES organisation (id),
    CONSTRAINT fk_nrm_case_child_protection FOREIGN KEY (child_protection_org_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_nrm_case_queue ON nrm_case (authority_org_id, stage, clock_last_day);
CREATE INDEX ix_nrm_case_owner_clock ON nrm_case (owner_org_id, clock_kind, clock_last_day);
CREATE INDEX ix_nrm_case_guardian ON nrm_case (child_protection_org_id, guardian_status);

-- Every step, in order: who for which organisation as which actor type, when, why (encrypted: a
-- reason may name people), on what legal basis, under which policy version.
CREATE TABLE nrm_step (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_code       VARCHAR(16)  NOT NULL,
    seq             INT          NOT NULL,
    transition      VARCHAR(40)  NOT NULL,
    from_stage      VARCHAR(32)  NULL,
    to_stage        VARCHAR(32)  NOT NULL,
    username        VARCHAR(64)  NOT NULL,
    organisation_id BIGINT       NOT NULL,
    actor_type      VARCHAR(32)  NOT NULL,
    at              TIMESTAMP(6) NOT NULL,
    reason_enc      TEXT         NOT NULL,
    legal_basis     VARCHAR(48)  NOT NULL,
    legal_reference VARCHAR(200) NOT NULL DEFAULT '',
    policy_version  INT          NOT NULL,
    details_type    VARCHAR(32)  NOT NULL,
    details_json    TEXT         NOT NULL,
    CONSTRAINT fk_nrm_step_case FOREIGN KEY (case_code) REFERENCES case_record (code) ON DELETE CASCADE,
    CONSTRAINT uq_nrm_step UNIQUE (case_code, seq),
    CONSTRAINT ck_nrm_step_reason CHECK (reason_enc LIKE 'v1:%')
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Informed consent (or its refusal) with its scopes, who explained it, in which language, with or
-- without an interpreter. Withdrawal ends it.
CREATE TABLE nrm_consent (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_code           VARCHAR(16)  NOT NULL,
    given               BOOLEAN      NOT NULL,
    scope_referral      BOOLEAN      NOT NULL,
    scope_sharing       BOOLEAN      NOT NULL,
    scope_research      BOOLEAN      NOT NULL,
    barriers            VARCHAR(300) NOT NULL DEFAULT '',
    explained_by        VARCHAR(120) NOT NULL,
    language            VARCHAR(8)   NOT NULL,
    interpreter         BOOLEAN      NOT NULL,
    recorded_by         VARCHAR(64)  NOT NULL,
    recorded_at         TIMESTAMP(6) NOT NULL,
    withdrawn_at        TIMESTAMP(6) NULL,
    withdrawn_by        VARCHAR(64)  NULL,
    CONSTRAINT fk_nrm_consent_case FOREIGN KEY (case_code) REFERENCES case_record (code) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_nrm_consent_case ON nrm_consent (case_code, recorded_at);

CREATE TABLE nrm_consent_organisation (
    consent_id      BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    PRIMARY KEY (consent_id, organisation_id),
    CONSTRAINT fk_nrm_consent_org_consent FOREIGN KEY (consent_id) REFERENCES nrm_consent (id) ON DELETE CASCADE,
    CONSTRAINT fk_nrm_consent_org_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB;
--rollback DROP TABLE nrm_consent_organisation; DROP TABLE nrm_consent; DROP TABLE nrm_step; DROP TABLE nrm_case;
