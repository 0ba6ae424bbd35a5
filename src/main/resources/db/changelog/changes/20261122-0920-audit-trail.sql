--liquibase formatted sql

--changeset ariadne:audit-1
CREATE TABLE audit_entry (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    at              TIMESTAMP(6) NOT NULL,
    username        VARCHAR(64)  NOT NULL,
    organisation_code VARCHAR(40) NOT NULL,
    roles           VARCHAR(200) NOT NULL,
    action          VARCHAR(64)  NOT NULL,
    object_type     VARCHAR(40)  NOT NULL,
    object_ref      VARCHAR(80)  NOT NULL,
    outcome         VARCHAR(16)  NOT NULL,
    client_address  VARCHAR(64)  NOT NULL,
    reason          VARCHAR(200) NOT NULL,
    prev_hash       CHAR(64)     NOT NULL,
    hash            CHAR(64)     NOT NULL,
    CONSTRAINT ck_audit_outcome CHECK (outcome IN ('SUCCESS', 'DENIED', 'FAILED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_audit_object ON audit_entry (object_type, object_ref, at);
CREATE INDEX ix_audit_user ON audit_entry (username, at);
CREATE INDEX ix_audit_at ON audit_entry (at);

CREATE TABLE audit_chain_head (
    id        INT      NOT NULL PRIMARY KEY,
    last_id   BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL,
    CONSTRAINT ck_audit_chain_head_single CHECK (id = 1)
) ENGINE = InnoDB;
INSERT INTO audit_chain_head (id, last_id, last_hash) VALUES (1, 0, REPEAT('0', 64));
--rollback DROP TABLE audit_chain_head; DROP TABLE audit_entry;
