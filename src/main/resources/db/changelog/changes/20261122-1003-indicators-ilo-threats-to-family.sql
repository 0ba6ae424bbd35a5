--liquibase formatted sql

--changeset ariadne:indicators-ilo-threats-to-family
--comment: The ILO's "intimidation and threats" covers threats against the worker's family, so both Delphi items "violence on family (threats or actual)" evidence it.
INSERT INTO ilo_indicator_evidence (ilo_code, indicator_code) VALUES
('ILO-06', 'AL-D2-09'),
('ILO-06', 'AL-D5-13');
--rollback DELETE FROM ilo_indicator_evidence WHERE ilo_code = 'ILO-06' AND indicator_code IN ('AL-D2-09', 'AL-D5-13');
