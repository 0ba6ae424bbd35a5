--liquibase formatted sql

--changeset ariadne:notifications-1
-- Notifications per organisation: what happened (a message key suffix) and the case concerned by
-- its code; never a name. Read marks per user.
CREATE TABLE notification (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    organisation_id BIGINT       NOT NULL,
    kind            VARCHAR(48)  NOT NULL,
    case_code       VARCHAR(16)  NULL,
    created_at      TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_notification_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_notification_organisation ON notification (organisation_id, id);

CREATE TABLE notification_read (
    notification_id BIGINT       NOT NULL,
    username        VARCHAR(64)  NOT NULL,
    read_at         TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (notification_id, username),
    CONSTRAINT fk_notification_read_notification FOREIGN KEY (notification_id) REFERENCES notification (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE notification_read; DROP TABLE notification;
