--liquibase formatted sql

--changeset ariadne:security-1
CREATE TABLE local_account (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT       NOT NULL DEFAULT 0,
    username          VARCHAR(64)  NOT NULL,
    display_name      VARCHAR(120) NOT NULL,
    password_hash     VARCHAR(255) NOT NULL,
    organisation_code VARCHAR(40)  NOT NULL,
    active            BOOLEAN      NOT NULL DEFAULT TRUE,
    demo              BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT uq_local_account_username UNIQUE (username),
    CONSTRAINT ck_local_account_username CHECK (username REGEXP '^[a-z0-9][a-z0-9._-]{2,63}$'),
    CONSTRAINT fk_local_account_organisation FOREIGN KEY (organisation_code) REFERENCES organisation (code)
        ON UPDATE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE local_account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(32) NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT fk_local_account_role_account FOREIGN KEY (account_id) REFERENCES local_account (id) ON DELETE CASCADE,
    CONSTRAINT ck_local_account_role CHECK (role IN ('CASEWORKER', 'DECISION_MAKER', 'SERVICE_PROVIDER',
        'CHILD_PROTECTION', 'COORDINATOR', 'ADMIN', 'DPO'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE local_account_role; DROP TABLE local_account;
