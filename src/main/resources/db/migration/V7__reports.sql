-- Reports on a plan (issue 13): each one a document kept whole as the officer wrote it, in the format of
-- io.json.ReportJson, so that a report sent is kept exactly as sent whatever happens to progress later. The columns
-- beside the text are what lists and the calendar need without reading it.
-- plan_id is null for a report of no stored plan (the bundled sample of seed 003). A correction of a sent report is a
-- new row, version + 1, whose previous_version names the row it corrects; no foreign key, since an exchange file may
-- bring a correction without the version it corrects.
CREATE TABLE report (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id          BIGINT        REFERENCES plan (id) ON DELETE CASCADE,
    kind             VARCHAR(20)   NOT NULL,
    period           VARCHAR(10),
    state            VARCHAR(10)   NOT NULL,
    version          INT           NOT NULL,
    previous_version BIGINT,
    summary          VARCHAR(4000) NOT NULL DEFAULT '',
    content          CLOB          NOT NULL,
    sent_at          TIMESTAMP,
    updated_at       TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX report_by_plan ON report (plan_id, period, version);
