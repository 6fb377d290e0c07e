-- The register of documents issued (Văn bản đã ban hành) and each plan's reporting rules. Nothing here refers to the
-- tables of V5 (progress): the evidence links of progress entries point to issued_document, not the other way.
--
-- An entry's attached file (PDF or Word) is a copy in the store folder's documents/ folder named by file_stored;
-- file_name is the name the officer gave it. repeat_of is set only on an entry of a transcribed list (the sample
-- register of seed 003) that repeats an earlier one: the officer's own additions are never stored twice.
CREATE TABLE issued_document (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    type        VARCHAR(20)   NOT NULL,
    number      VARCHAR(50)   NOT NULL DEFAULT '',
    symbol      VARCHAR(50)   NOT NULL DEFAULT '',
    issue_date  DATE,
    issuer      VARCHAR(500)  NOT NULL DEFAULT '',
    summary     CLOB          NOT NULL DEFAULT '',
    file_name   VARCHAR(500),
    file_stored VARCHAR(100),
    file_size   BIGINT,
    repeat_of   BIGINT        REFERENCES issued_document (id) ON DELETE SET NULL,
    created_at  TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX issued_document_by_number ON issued_document (number, issue_date);

-- kind QUARTER: month is the month within the quarter (3 = "tháng cuối Quý"); HALF_YEAR, YEAR: the month of the
-- year; AD_HOC: day and month are 0.
CREATE TABLE reporting_rule (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id   BIGINT       NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    position  INT          NOT NULL,
    kind      VARCHAR(20)  NOT NULL,
    due_day   INT          NOT NULL DEFAULT 0,
    due_month INT          NOT NULL DEFAULT 0,
    recipient VARCHAR(500) NOT NULL DEFAULT '',
    rule_text CLOB         NOT NULL DEFAULT ''
);
CREATE INDEX reporting_rule_by_plan ON reporting_rule (plan_id, position);
