--liquibase formatted sql

--changeset ariadne:cases-4
ALTER TABLE case_record ADD COLUMN legal_hold BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE case_record ADD COLUMN anonymised_at TIMESTAMP(6) NULL;
CREATE INDEX ix_case_retention ON case_record (status, updated_at);
CREATE INDEX ix_case_identity ON case_record (identity_hash);

CREATE TABLE case_access_grant (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id         BIGINT       NOT NULL,
    username        VARCHAR(64)  NOT NULL,
    organisation_id BIGINT       NOT NULL,
    reason          VARCHAR(500) NOT NULL,
    granted_at      TIMESTAMP(6) NOT NULL,
    expires_at      TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_case_access_grant_case FOREIGN KEY (case_id) REFERENCES case_record (id) ON DELETE CASCADE,
    CONSTRAINT ck_case_access_grant_period CHECK (expires_at > granted_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_case_access_grant ON case_access_grant (case_id, username, expires_at);
--rollback DROP TABLE case_access_grant; ALTER TABLE case_record DROP COLUMN anonymised_at; ALTER TABLE case_record DROP COLUMN legal_hold;
