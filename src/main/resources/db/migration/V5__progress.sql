-- Tracking the plan through 2025–2030 (issue 12): progress of each task per quarter with its evidence, indicator
-- results per period, and the plan's tasks as issued (the baseline).
-- task_id and indicator_id have no foreign key on purpose: undoing the deletion of a task brings it back under its
-- old id (PlanSync), and its entries must come back with it, not be gone by a cascade. Entries of a task that is no
-- longer in its plan are left out when read. Texts are VARCHAR rather than CLOB: a tracking view reads every entry of a
-- plan at once (13,000 tasks × 24 quarters), and H2 reads CLOBs many times slower; an officer's text is bounded
-- far below 20,000 characters (the exchange format allows 10,000).
CREATE TABLE progress (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id      BIGINT       NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    task_id      BIGINT       NOT NULL,
    period       VARCHAR(10)  NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    result       VARCHAR(20000) NOT NULL DEFAULT '',
    as_of        DATE,
    unit         VARCHAR(500)   NOT NULL DEFAULT '',
    shortcomings VARCHAR(20000) NOT NULL DEFAULT '',
    cause        VARCHAR(20000) NOT NULL DEFAULT '',
    evidence     VARCHAR(20000) NOT NULL DEFAULT '',
    CONSTRAINT progress_once UNIQUE (task_id, period)
);
CREATE INDEX progress_by_plan ON progress (plan_id, task_id, period);

-- Documents of the register that prove an entry. The register's table comes in its own migration; the foreign key to
-- it is added when both are in place.
CREATE TABLE progress_evidence (
    progress_id BIGINT NOT NULL REFERENCES progress (id) ON DELETE CASCADE,
    document_id BIGINT NOT NULL,
    position    INT    NOT NULL,
    PRIMARY KEY (progress_id, document_id)
);

CREATE TABLE indicator_result (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id      BIGINT        NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    indicator_id BIGINT        NOT NULL,
    period       VARCHAR(10)   NOT NULL,
    result_value VARCHAR(20000) NOT NULL DEFAULT '',
    as_of        DATE,
    source       VARCHAR(1000) NOT NULL DEFAULT '',
    by_hand      VARCHAR(20),
    CONSTRAINT indicator_result_once UNIQUE (indicator_id, period)
);
CREATE INDEX indicator_result_by_plan ON indicator_result (plan_id);

-- The plan's tasks as issued, in the exchange format, kept when the plan got its number and date.
CREATE TABLE plan_baseline (
    plan_id    BIGINT    NOT NULL PRIMARY KEY REFERENCES plan (id) ON DELETE CASCADE,
    snapshot   CLOB      NOT NULL,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);
