--liquibase formatted sql

--changeset ariadne:statistics-5
-- The months a fact row was in before the last statement that wrote it (and the region, for case
-- rows): each write copies them first, so that the months a row leaves are known exactly, without
-- reading the row beforehand. Service rows carry their case's region, so that service tables need no
-- join to the case rows.
ALTER TABLE stat_case_fact
    ADD COLUMN prev_ref_month DATE NULL,
    ADD COLUMN prev_rg_month  DATE NULL,
    ADD COLUMN prev_cd_month  DATE NULL,
    ADD COLUMN prev_region    VARCHAR(60) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL;
ALTER TABLE stat_service_fact
    ADD COLUMN region     VARCHAR(60) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL,
    ADD COLUMN prev_month DATE NULL;
UPDATE stat_service_fact s JOIN stat_case_fact f ON f.case_key = s.case_key SET s.region = f.region;
--rollback ALTER TABLE stat_service_fact DROP COLUMN prev_month, DROP COLUMN region;
--rollback ALTER TABLE stat_case_fact DROP COLUMN prev_region, DROP COLUMN prev_cd_month, DROP COLUMN prev_rg_month, DROP COLUMN prev_ref_month;

--changeset ariadne:statistics-6
-- A version per month of each basis (the month of the encounter, of either decision, of a service
-- referral), raised by every transaction that writes facts in that month or moves them out of it.
CREATE TABLE stat_month_version (
    basis   VARCHAR(24) NOT NULL,
    month   DATE        NOT NULL,
    version BIGINT      NOT NULL,
    PRIMARY KEY (basis, month),
    CONSTRAINT ck_stat_month_version_basis CHECK (basis IN ('REFERENCE_MONTH', 'REASONABLE_GROUNDS_MONTH',
        'CONCLUSIVE_MONTH', 'SERVICE_MONTH'))
) ENGINE = InnoDB DEFAULT CHARSET = ascii COLLATE = ascii_bin;
INSERT INTO stat_month_version (basis, month, version)
SELECT 'REFERENCE_MONTH', ref_month, 1 FROM stat_case_fact WHERE ref_month IS NOT NULL GROUP BY ref_month
UNION ALL
SELECT 'REASONABLE_GROUNDS_MONTH', rg_month, 1 FROM stat_case_fact WHERE rg_month IS NOT NULL GROUP BY rg_month
UNION ALL
SELECT 'CONCLUSIVE_MONTH', cd_month, 1 FROM stat_case_fact WHERE cd_month IS NOT NULL GROUP BY cd_month
UNION ALL
SELECT 'SERVICE_MONTH', referred_month, 1 FROM stat_service_fact GROUP BY referred_month;
--rollback DROP TABLE stat_month_version;

--changeset ariadne:statistics-7
-- Monthly summaries: for each shape of table (what it counts, by which two values, under which
-- restriction), raw counts by month, region and the two values, computed from the fact rows at a
-- month's version. Raw counts, like the facts: they leave the statistics feature only through
-- disclosure control.
CREATE TABLE stat_summary_shape (
    id          INT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    shape_key   CHAR(64)    NOT NULL,
    basis       VARCHAR(24) NOT NULL,
    definition  TEXT        NOT NULL,
    CONSTRAINT uq_stat_summary_shape UNIQUE (shape_key)
) ENGINE = InnoDB DEFAULT CHARSET = ascii COLLATE = ascii_bin;
CREATE TABLE stat_summary_state (
    shape_id INT    NOT NULL,
    month    DATE   NOT NULL,
    version  BIGINT NOT NULL,
    PRIMARY KEY (shape_id, month)
) ENGINE = InnoDB DEFAULT CHARSET = ascii COLLATE = ascii_bin;
CREATE TABLE stat_summary (
    shape_id  INT          NOT NULL,
    month     DATE         NOT NULL,
    seq       INT          NOT NULL,
    region    VARCHAR(60)  CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NULL,
    row_value VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
    col_value VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
    n         BIGINT       NOT NULL,
    PRIMARY KEY (shape_id, month, seq),
    CONSTRAINT ck_stat_summary_n CHECK (n > 0)
) ENGINE = InnoDB DEFAULT CHARSET = ascii COLLATE = ascii_bin;
--rollback DROP TABLE stat_summary; DROP TABLE stat_summary_state; DROP TABLE stat_summary_shape;

--changeset ariadne:statistics-8
-- The list of regions is read from this index, a region at a time, instead of from every fact row.
CREATE INDEX ix_stat_case_region ON stat_case_fact (region);
--rollback DROP INDEX ix_stat_case_region ON stat_case_fact;
