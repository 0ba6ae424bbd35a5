--liquibase formatted sql

--changeset ariadne:policy-1
CREATE TABLE policy_profile_version (
    version                       INT           NOT NULL PRIMARY KEY,
    effective_from                DATE          NOT NULL,
    based_on                      VARCHAR(40)   NOT NULL,
    matrix                        VARCHAR(2000) NOT NULL,
    recovery_days                 INT           NOT NULL,
    reasonable_grounds_days       INT           NOT NULL,
    reconsideration_days          INT           NOT NULL,
    age_of_majority               INT           NOT NULL,
    conclusive_before_recovery    BOOLEAN       NOT NULL,
    at_risk_days                  INT           NOT NULL,
    weekend                       VARCHAR(100)  NOT NULL,
    holidays                      VARCHAR(4000) NOT NULL,
    created_at                    TIMESTAMP(6)  NOT NULL,
    created_by                    VARCHAR(64)   NOT NULL,
    CONSTRAINT ck_policy_recovery CHECK (recovery_days BETWEEN 1 AND 365),
    CONSTRAINT ck_policy_age CHECK (age_of_majority BETWEEN 16 AND 21)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE policy_profile_version;
