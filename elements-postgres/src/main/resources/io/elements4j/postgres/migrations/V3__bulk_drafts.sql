-- One bulk run's drafts, enqueued once by key and drained by any number of workers: a worker claims pending drafts
-- under a lease it renews while it lives, writes each draft's progress (intent, task, outcome) as it goes, and a
-- draft whose worker died is claimed again when the lease ends and resolved through the vendor first.
CREATE TABLE elements4j_bulk_drafts (
    run          VARCHAR(200)  NOT NULL,
    draft_key    VARCHAR(500)  NOT NULL,
    position     INTEGER       NOT NULL,
    name         VARCHAR(1000) NOT NULL,
    status       VARCHAR(20)   NOT NULL DEFAULT 'PENDING',
    claimed_by   VARCHAR(200),
    lease        BIGINT,
    lease_until  TIMESTAMPTZ,
    claims       INTEGER       NOT NULL DEFAULT 0,
    intent_at    TIMESTAMPTZ,
    task_id      VARCHAR(500),
    element_ids  TEXT[],
    error_type   VARCHAR(100),
    message      VARCHAR(4000),
    enqueued_at  TIMESTAMPTZ   NOT NULL DEFAULT now(),
    finished_at  TIMESTAMPTZ,
    PRIMARY KEY (run, draft_key)
);
CREATE INDEX elements4j_bulk_drafts_pending ON elements4j_bulk_drafts (run, position) WHERE status = 'PENDING';
