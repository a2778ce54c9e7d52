-- One vendor account's parallel tasks, as slots leased to the instances creating on it: a slot is free when nobody
-- holds it or its lease has ended (the holder died), so together the instances stay within the account's limit.
CREATE TABLE elements4j_account_slots (
    account     VARCHAR(200) NOT NULL,
    slot        INTEGER      NOT NULL,
    holder      VARCHAR(200),
    lease       BIGINT,
    lease_until TIMESTAMPTZ,
    PRIMARY KEY (account, slot)
);
