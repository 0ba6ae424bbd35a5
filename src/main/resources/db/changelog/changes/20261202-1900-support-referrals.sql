--liquibase formatted sql

--changeset ariadne:support-1
-- A referral of a person to a service provider: one hand-over with explicit states (PENDING, then
-- ACCEPTED or DECLINED; an accepted one DELIVERING and COMPLETED, or REVOKED before completion).
-- The needs note and the decline note are free text that may name people: encrypted. The actor
-- types are kept as they were when the referral was made, so statistics do not shift later.
CREATE TABLE service_referral (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version              BIGINT       NOT NULL DEFAULT 0,
    case_code            VARCHAR(16)  NOT NULL,
    owner_org_id         BIGINT       NOT NULL,
    provider_org_id      BIGINT       NOT NULL,
    service_type         VARCHAR(32)  NOT NULL,
    needs_enc            TEXT         NOT NULL,
    status               VARCHAR(16)  NOT NULL,
    referring_actor_type VARCHAR(32)  NOT NULL,
    provider_actor_type  VARCHAR(32)  NOT NULL,
    referred_by          VARCHAR(64)  NOT NULL,
    referred_at          TIMESTAMP(6) NOT NULL,
    referred_on          DATE         NOT NULL,
    answered_by          VARCHAR(64)  NULL,
    answered_on          DATE         NULL,
    decline_reason       VARCHAR(48)  NULL,
    decline_note_enc     TEXT         NULL,
    delivery_start       DATE         NULL,
    delivery_end         DATE         NULL,
    caseworker_rating    INT          NULL,
    revoked_on           DATE         NULL,
    revoked_because      VARCHAR(24)  NULL,
    updated_at           TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_service_referral_case FOREIGN KEY (case_code) REFERENCES case_record (code) ON DELETE CASCADE,
    CONSTRAINT fk_service_referral_owner FOREIGN KEY (owner_org_id) REFERENCES organisation (id),
    CONSTRAINT fk_service_referral_provider FOREIGN KEY (provider_org_id) REFERENCES organisation (id),
    CONSTRAINT ck_service_referral_type CHECK (service_type IN ('ACCOMMODATION', 'SPECIALISED_SHELTER', 'MEDICAL',
        'PSYCHOLOGICAL', 'LEGAL_AID', 'INTERPRETATION', 'EDUCATION', 'VOCATIONAL_TRAINING', 'JOB_PLACEMENT',
        'FINANCIAL_SUPPORT', 'COMPENSATION_SUPPORT', 'RETURN_ASSISTANCE')),
    CONSTRAINT ck_service_referral_status CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED', 'DELIVERING',
        'COMPLETED', 'REVOKED')),
    CONSTRAINT ck_service_referral_decline CHECK ((status = 'DECLINED') = (decline_reason IS NOT NULL)),
    CONSTRAINT ck_service_referral_decline_reason CHECK (decline_reason IS NULL OR decline_reason IN ('CAPACITY',
        'NATIONALITY', 'RESIDENCE_STATUS', 'NOT_COOPERATING_WITH_LAW_ENFORCEMENT', 'OTHER')),
    CONSTRAINT ck_service_referral_revoked CHECK ((status = 'REVOKED') = (revoked_because IS NOT NULL)),
    CONSTRAINT ck_service_referral_rating CHECK (caseworker_rating IS NULL OR caseworker_rating BETWEEN 1 AND 5),
    CONSTRAINT ck_service_referral_delivery CHECK (delivery_end IS NULL
        OR (delivery_start IS NOT NULL AND delivery_end >= delivery_start)),
    CONSTRAINT ck_service_referral_needs CHECK (needs_enc LIKE 'v1:%'),
    CONSTRAINT ck_service_referral_note CHECK (decline_note_enc IS NULL OR decline_note_enc LIKE 'v1:%')
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_service_referral_case ON service_referral (case_code, referred_at);
CREATE INDEX ix_service_referral_inbox ON service_referral (provider_org_id, status, referred_at);
CREATE INDEX ix_service_referral_provider_order ON service_referral (provider_org_id, referred_at);

-- The person's own feedback on one service, given with their consent: anonymous, so neither who
-- recorded it nor when beyond the month; one per referral.
CREATE TABLE service_feedback (
    referral_id BIGINT     NOT NULL PRIMARY KEY,
    rating      INT        NOT NULL,
    needs_met   VARCHAR(8) NOT NULL,
    month       CHAR(7)    NOT NULL,
    CONSTRAINT fk_service_feedback_referral FOREIGN KEY (referral_id) REFERENCES service_referral (id)
        ON DELETE CASCADE,
    CONSTRAINT ck_service_feedback_rating CHECK (rating BETWEEN 1 AND 5),
    CONSTRAINT ck_service_feedback_needs CHECK (needs_met IN ('YES', 'PARTLY', 'NO'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE service_feedback; DROP TABLE service_referral;
