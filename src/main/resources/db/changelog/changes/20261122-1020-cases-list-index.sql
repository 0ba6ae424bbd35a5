--liquibase formatted sql

--changeset ariadne:cases-3
-- A list filtered by period is ordered by the encounter date: this index serves it in order.
CREATE INDEX ix_case_org_status_encounter ON case_record (organisation_id, status, encounter_date);
--rollback DROP INDEX ix_case_org_status_encounter ON case_record;
