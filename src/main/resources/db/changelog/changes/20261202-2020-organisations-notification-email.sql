--liquibase formatted sql

--changeset ariadne:organisations-notification-email-1
-- Where notification e-mails for the organisation go, when SMTP is configured. Optional.
ALTER TABLE organisation ADD COLUMN notification_email VARCHAR(254) NULL;
--rollback ALTER TABLE organisation DROP COLUMN notification_email;
