--liquibase formatted sql

--changeset ariadne:scheduled-job-locks-1
-- ShedLock's lock table: a scheduled job runs on one node at a time. The columns are ShedLock's own
-- (JdbcTemplateLockProvider); times are the database's (usingDbTime), so nodes' clocks need not agree.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP(3) NOT NULL,
    locked_at  TIMESTAMP(3) NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE shedlock;
