-- A create whose answer was lost is known by its draft's key until a callback names its task: the waits for such a
-- draft, on any instance, look its task up by the key the callback's URL named.
CREATE INDEX elements4j_task_updates_by_draft ON elements4j_task_updates (provider, idempotency_key);
