-- The plans, their seven task groups, tasks (sub-tasks point to their parent row) and indicators.
-- The parts of a plan that are read and written whole (body, recipients, signer, references) stay together as JSON
-- in plan.header_json; what is listed, searched or edited row by row has columns of its own.
CREATE TABLE plan (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind        VARCHAR(20)   NOT NULL,
    number      VARCHAR(50)   NOT NULL DEFAULT '',
    symbol      VARCHAR(50)   NOT NULL DEFAULT '',
    issue_date  DATE,
    issuer      VARCHAR(500)  NOT NULL DEFAULT '',
    summary     CLOB          NOT NULL DEFAULT '',
    header_json CLOB          NOT NULL,
    partial     BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at  TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at  TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE task_group (
    id      BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id BIGINT  NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    number  INT     NOT NULL CHECK (number BETWEEN 1 AND 7),
    title   CLOB    NOT NULL DEFAULT '',
    CONSTRAINT task_group_once UNIQUE (plan_id, number)
);

CREATE TABLE task (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id            BIGINT       NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    group_id           BIGINT       NOT NULL REFERENCES task_group (id) ON DELETE CASCADE,
    parent_id          BIGINT       REFERENCES task (id) ON DELETE CASCADE,
    position           INT          NOT NULL,
    number             VARCHAR(20)  NOT NULL DEFAULT '',
    name               CLOB         NOT NULL,
    leader             VARCHAR(500) NOT NULL DEFAULT '',
    lead_units         CLOB         NOT NULL DEFAULT '',
    coordinating_units CLOB         NOT NULL DEFAULT '',
    result             CLOB         NOT NULL DEFAULT '',
    deadline_text      VARCHAR(500) NOT NULL DEFAULT '',
    deadline_years     VARCHAR(500) NOT NULL DEFAULT '',
    role               VARCHAR(20),
    ref_number         VARCHAR(50),
    ref_symbol         VARCHAR(50),
    ref_date           DATE,
    ref_issuer         VARCHAR(500),
    ref_task_number    VARCHAR(20),
    note               CLOB         NOT NULL DEFAULT '',
    flags              VARCHAR(200) NOT NULL DEFAULT ''
);
CREATE INDEX task_by_plan ON task (plan_id, group_id, parent_id, position);

CREATE TABLE indicator (
    id       BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id  BIGINT       NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    position INT          NOT NULL,
    number   VARCHAR(20)  NOT NULL DEFAULT '',
    name     CLOB         NOT NULL,
    unit     VARCHAR(100) NOT NULL DEFAULT '',
    section  VARCHAR(200) NOT NULL DEFAULT '',
    target   CLOB         NOT NULL DEFAULT ''
);
CREATE INDEX indicator_by_plan ON indicator (plan_id, position);
