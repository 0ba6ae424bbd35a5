--liquibase formatted sql

--changeset ariadne:cases-2
CREATE TABLE case_assessment (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id         BIGINT        NOT NULL,
    catalogue_code  VARCHAR(40)   NOT NULL,
    age_group       VARCHAR(8)    NOT NULL,
    outcome         VARCHAR(32)   NOT NULL,
    dimensions      VARCHAR(24)   NOT NULL,
    ticked          VARCHAR(4000) NOT NULL,
    assessed_at     TIMESTAMP(6)  NOT NULL,
    assessed_by     VARCHAR(64)   NOT NULL,
    organisation_id BIGINT        NOT NULL,
    CONSTRAINT fk_case_assessment_case FOREIGN KEY (case_id) REFERENCES case_record (id) ON DELETE CASCADE,
    CONSTRAINT fk_case_assessment_catalogue FOREIGN KEY (catalogue_code) REFERENCES indicator_catalogue (code),
    CONSTRAINT fk_case_assessment_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT ck_case_assessment_age CHECK (age_group IN ('ADULT', 'CHILD')),
    CONSTRAINT ck_case_assessment_outcome CHECK (outcome IN ('PRESUMED_VICTIM', 'DECEIVED_AND_EXPLOITED',
        'EXPLOITED_ONLY', 'INSUFFICIENT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_case_assessment_case ON case_assessment (case_id, assessed_at);
--rollback DROP TABLE case_assessment;
