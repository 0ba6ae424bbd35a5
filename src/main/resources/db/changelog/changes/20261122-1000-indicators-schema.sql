--liquibase formatted sql

--changeset ariadne:indicators-1
CREATE TABLE indicator_catalogue (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code               VARCHAR(40)  NOT NULL,
    list_type          VARCHAR(24)  NOT NULL,
    catalogue_version  INT          NOT NULL,
    title              VARCHAR(200) NOT NULL,
    source             VARCHAR(300) NOT NULL,
    status             VARCHAR(16)  NOT NULL,
    in_use             BOOLEAN      NOT NULL DEFAULT FALSE,
    unverified         BOOLEAN      NOT NULL DEFAULT FALSE,
    sufficiency_rule   VARCHAR(200) NOT NULL,
    adult_rule         VARCHAR(200) NOT NULL,
    child_rule         VARCHAR(200) NOT NULL,
    created_at         TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uq_indicator_catalogue_code UNIQUE (code),
    CONSTRAINT uq_indicator_catalogue_version UNIQUE (list_type, catalogue_version),
    CONSTRAINT ck_indicator_catalogue_list CHECK (list_type IN ('ADULT_LABOUR', 'ADULT_SEXUAL', 'CHILD_LABOUR', 'CHILD_SEXUAL')),
    CONSTRAINT ck_indicator_catalogue_status CHECK (status IN ('DRAFT', 'ACTIVE', 'RETIRED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE indicator (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    catalogue_code VARCHAR(40)  NOT NULL,
    code           VARCHAR(40)  NOT NULL,
    dimension      VARCHAR(2)   NOT NULL,
    strength       VARCHAR(1)   NOT NULL,
    unverified     BOOLEAN      NOT NULL DEFAULT FALSE,
    label_en       VARCHAR(300) NOT NULL,
    label_fr       VARCHAR(300) NOT NULL,
    label_ru       VARCHAR(300) NOT NULL,
    sort_order     INT          NOT NULL,
    CONSTRAINT uq_indicator_code UNIQUE (catalogue_code, code),
    CONSTRAINT fk_indicator_catalogue FOREIGN KEY (catalogue_code) REFERENCES indicator_catalogue (code),
    CONSTRAINT ck_indicator_dimension CHECK (dimension IN ('D1', 'D2', 'D3', 'D4', 'D5', 'D6')),
    CONSTRAINT ck_indicator_strength CHECK (strength IN ('S', 'M', 'W'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ilo_indicator (
    code       VARCHAR(10)  NOT NULL PRIMARY KEY,
    label_en   VARCHAR(200) NOT NULL,
    label_fr   VARCHAR(200) NOT NULL,
    label_ru   VARCHAR(200) NOT NULL,
    sort_order INT          NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ilo_indicator_evidence (
    ilo_code       VARCHAR(10) NOT NULL,
    indicator_code VARCHAR(40) NOT NULL,
    PRIMARY KEY (ilo_code, indicator_code),
    CONSTRAINT fk_ilo_evidence_ilo FOREIGN KEY (ilo_code) REFERENCES ilo_indicator (code)
) ENGINE = InnoDB;

INSERT INTO indicator_catalogue (code, list_type, catalogue_version, title, source, status, unverified,
    sufficiency_rule, adult_rule, child_rule) VALUES
('ILOEC-AL-1', 'ADULT_LABOUR', 1, 'Adults, labour exploitation', 'ILO/EC operational indicators, Delphi survey 2009 (wording ours)', 'ACTIVE', FALSE, 'S2;S1+MW1;M3;M2+W1', 'D1|D2|D3;D4;D5|D6', 'D4'),
('ILOEC-AS-1', 'ADULT_SEXUAL', 1, 'Adults, sexual exploitation', 'Built from the A-L structure; secondary source; check against the official list', 'ACTIVE', TRUE, 'S2;S1+MW1;M3;M2+W1', 'D1|D2|D3;D4;D5|D6', 'D4'),
('ILOEC-CL-1', 'CHILD_LABOUR', 1, 'Children, labour exploitation', 'ILO/EC operational indicators, Delphi survey 2009 (wording ours)', 'ACTIVE', FALSE, 'S2;S1+MW1;M3;M2+W1', 'D1|D2|D3;D4;D5|D6', 'D4'),
('ILOEC-CS-1', 'CHILD_SEXUAL', 1, 'Children, sexual exploitation', 'Built from the A-L structure; secondary source; check against the official list', 'ACTIVE', TRUE, 'S2;S1+MW1;M3;M2+W1', 'D1|D2|D3;D4;D5|D6', 'D4');
--rollback DROP TABLE ilo_indicator_evidence; DROP TABLE ilo_indicator; DROP TABLE indicator; DROP TABLE indicator_catalogue;
