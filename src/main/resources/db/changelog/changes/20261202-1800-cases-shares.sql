--liquibase formatted sql

--changeset ariadne:cases-6
-- A case shared with another organisation: referred to the authority that decides on it, alerted
-- to child protection, or handed to a service provider. Active while ended_at is null.
CREATE TABLE case_share (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id         BIGINT       NOT NULL,
    organisation_id BIGINT       NOT NULL,
    purpose         VARCHAR(32)  NOT NULL,
    source_ref      VARCHAR(64)  NOT NULL,
    granted_at      TIMESTAMP(6) NOT NULL,
    granted_by      VARCHAR(64)  NOT NULL,
    ended_at        TIMESTAMP(6) NULL,
    end_reason      VARCHAR(32)  NULL,
    CONSTRAINT fk_case_share_case FOREIGN KEY (case_id) REFERENCES case_record (id) ON DELETE CASCADE,
    CONSTRAINT fk_case_share_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT ck_case_share_purpose CHECK (purpose IN ('AUTHORITY_REFERRAL', 'CHILD_PROTECTION', 'SERVICE_REFERRAL')),
    CONSTRAINT ck_case_share_period CHECK (ended_at IS NULL OR ended_at >= granted_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_case_share_case ON case_share (case_id, organisation_id, ended_at);
CREATE INDEX ix_case_share_organisation ON case_share (organisation_id, purpose, ended_at);
--rollback DROP TABLE case_share;
