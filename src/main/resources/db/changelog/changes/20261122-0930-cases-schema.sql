--liquibase formatted sql

--changeset ariadne:cases-1
CREATE TABLE case_code_counter (
    year       INT    NOT NULL PRIMARY KEY,
    next_value BIGINT NOT NULL,
    CONSTRAINT ck_case_code_counter CHECK (next_value >= 1)
) ENGINE = InnoDB;

CREATE TABLE case_record (
    id                     BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version                BIGINT       NOT NULL DEFAULT 0,
    code                   VARCHAR(16)  NOT NULL,
    organisation_id        BIGINT       NOT NULL,
    identifying_actor_type VARCHAR(32)  NOT NULL,
    status                 VARCHAR(16)  NOT NULL,
    synthetic              BOOLEAN      NOT NULL DEFAULT FALSE,
    child                  BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at             TIMESTAMP(6) NOT NULL,
    created_by             VARCHAR(64)  NOT NULL,
    updated_at             TIMESTAMP(6) NOT NULL,
    -- person: *_enc columns hold AES-GCM ciphertext, never plaintext
    name_enc               TEXT         NULL,
    aliases_enc            TEXT         NULL,
    birth_date_enc         VARCHAR(200) NULL,
    identity_documents_enc TEXT         NULL,
    contact_enc            TEXT         NULL,
    identity_hash          CHAR(64)     NULL,
    estimated_age          INT          NULL,
    age_disputed           BOOLEAN      NOT NULL DEFAULT FALSE,
    sex                    VARCHAR(16)  NULL,
    citizenships           VARCHAR(80)  NOT NULL DEFAULT '',
    languages              VARCHAR(80)  NOT NULL DEFAULT '',
    disability             VARCHAR(16)  NULL,
    pregnant               BOOLEAN      NOT NULL DEFAULT FALSE,
    -- encounter
    encounter_date         DATE         NULL,
    region                 VARCHAR(80)  NOT NULL DEFAULT '',
    municipality           VARCHAR(80)  NOT NULL DEFAULT '',
    channel                VARCHAR(32)  NULL,
    -- exploitation
    technology_facilitated BOOLEAN      NOT NULL DEFAULT FALSE,
    platforms              VARCHAR(500) NOT NULL DEFAULT '',
    economic_sector        VARCHAR(1)   NULL,
    recruitment_countries  VARCHAR(80)  NOT NULL DEFAULT '',
    transit_countries      VARCHAR(80)  NOT NULL DEFAULT '',
    exploitation_countries VARCHAR(80)  NOT NULL DEFAULT '',
    narrative_enc          MEDIUMTEXT   NULL,
    CONSTRAINT uq_case_code UNIQUE (code),
    CONSTRAINT fk_case_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT ck_case_status CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED')),
    CONSTRAINT ck_case_estimated_age CHECK (estimated_age IS NULL OR estimated_age BETWEEN 0 AND 120),
    CONSTRAINT ck_case_sex CHECK (sex IS NULL OR sex IN ('FEMALE', 'MALE', 'OTHER', 'UNKNOWN')),
    CONSTRAINT ck_case_enc_name CHECK (name_enc IS NULL OR name_enc LIKE 'v1:%'),
    CONSTRAINT ck_case_enc_narrative CHECK (narrative_enc IS NULL OR narrative_enc LIKE 'v1:%')
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_case_org_updated ON case_record (organisation_id, updated_at);
CREATE INDEX ix_case_org_status_updated ON case_record (organisation_id, status, updated_at);
CREATE INDEX ix_case_org_encounter ON case_record (organisation_id, encounter_date);
CREATE INDEX ix_case_org_identity ON case_record (organisation_id, identity_hash);

CREATE TABLE case_form (
    case_id BIGINT      NOT NULL,
    form    VARCHAR(32) NOT NULL,
    PRIMARY KEY (case_id, form),
    CONSTRAINT fk_case_form_case FOREIGN KEY (case_id) REFERENCES case_record (id) ON DELETE CASCADE
) ENGINE = InnoDB;
CREATE INDEX ix_case_form_form ON case_form (form, case_id);

CREATE TABLE case_sexual_type (
    case_id BIGINT      NOT NULL,
    type    VARCHAR(32) NOT NULL,
    PRIMARY KEY (case_id, type),
    CONSTRAINT fk_case_sexual_type_case FOREIGN KEY (case_id) REFERENCES case_record (id) ON DELETE CASCADE
) ENGINE = InnoDB;
--rollback DROP TABLE case_sexual_type; DROP TABLE case_form; DROP TABLE case_record; DROP TABLE case_code_counter;
