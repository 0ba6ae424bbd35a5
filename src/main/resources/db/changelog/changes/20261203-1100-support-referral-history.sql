--liquibase formatted sql

--changeset ariadne:support-history-1
-- Each change of a service referral as the case's timeline shows it: when, who, for which
-- organisation, and what happened (made, accepted, declined, delivery started or ended, rated,
-- revoked). No free text: the needs and decline notes stay on the referral, encrypted. The person's
-- own feedback is not recorded here, so it stays anonymous.
CREATE TABLE service_referral_event (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    referral_id BIGINT       NOT NULL,
    case_code   VARCHAR(16)  NOT NULL,
    at          TIMESTAMP(6) NOT NULL,
    username    VARCHAR(64)  NOT NULL,
    org_id      BIGINT       NOT NULL,
    action      VARCHAR(32)  NOT NULL,
    status      VARCHAR(16)  NOT NULL,
    CONSTRAINT fk_service_referral_event_referral FOREIGN KEY (referral_id) REFERENCES service_referral (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_service_referral_event_org FOREIGN KEY (org_id) REFERENCES organisation (id),
    CONSTRAINT ck_service_referral_event_action CHECK (action IN ('support.refer', 'support.accept',
        'support.decline', 'support.start-delivery', 'support.end-delivery', 'support.rate', 'support.revoke'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_service_referral_event_case ON service_referral_event (case_code, at);
--rollback DROP TABLE service_referral_event;
