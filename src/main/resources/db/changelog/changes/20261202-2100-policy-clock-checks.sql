--liquibase formatted sql

--changeset ariadne:policy-2
-- The clocks are now edited on screen: the database refuses what the service refuses
-- (ClockSettings limits), as it already did for the recovery period and the age of majority.
ALTER TABLE policy_profile_version
    ADD CONSTRAINT ck_policy_reasonable_grounds CHECK (reasonable_grounds_days BETWEEN 1 AND 120),
    ADD CONSTRAINT ck_policy_reconsideration CHECK (reconsideration_days BETWEEN 1 AND 365),
    ADD CONSTRAINT ck_policy_at_risk CHECK (at_risk_days BETWEEN 0 AND 60);
--rollback ALTER TABLE policy_profile_version DROP CONSTRAINT ck_policy_reasonable_grounds, DROP CONSTRAINT ck_policy_reconsideration, DROP CONSTRAINT ck_policy_at_risk;
