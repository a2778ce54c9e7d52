-- What the vendors' callbacks said about each task, as accepted by any instance: the record a wait on any instance
-- reads, whether it starts before or after the callback. One row per task; a state only moves forward.
CREATE TABLE elements4j_task_updates (
    provider        VARCHAR(100)  NOT NULL,
    task_id         VARCHAR(500)  NOT NULL,
    state           VARCHAR(20)   NOT NULL,
    state_rank      SMALLINT      NOT NULL,
    element_ids     TEXT[]        NOT NULL DEFAULT '{}',
    failure_reason  VARCHAR(4000),
    failure_code    VARCHAR(200),
    idempotency_key VARCHAR(500),
    progress        INTEGER,
    created_at      TIMESTAMPTZ,
    updated_at      TIMESTAMPTZ,
    recorded_at     TIMESTAMPTZ   NOT NULL DEFAULT now(),
    PRIMARY KEY (provider, task_id)
);
CREATE INDEX elements4j_task_updates_recorded_at ON elements4j_task_updates (recorded_at);
