--liquibase formatted sql

--changeset ariadne:organisations-1
CREATE TABLE organisation (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT       NOT NULL DEFAULT 0,
    code        VARCHAR(40)  NOT NULL,
    name        VARCHAR(160) NOT NULL,
    actor_type  VARCHAR(32)  NOT NULL,
    region      VARCHAR(80)  NOT NULL,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT uq_organisation_code UNIQUE (code),
    CONSTRAINT ck_organisation_code CHECK (code REGEXP '^[A-Z0-9][A-Z0-9-]{1,39}$'),
    CONSTRAINT ck_organisation_actor_type CHECK (actor_type IN ('POLICE', 'BORDER_GUARD', 'LABOUR_INSPECTORATE',
        'OSH_INSPECTORATE', 'PROSECUTOR', 'COMPETENT_AUTHORITY', 'NGO', 'SOCIAL_SERVICES', 'CHILD_PROTECTION',
        'HEALTH', 'HOTLINE', 'SERVICE_PROVIDER', 'COORDINATION_OFFICE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE organisation;
