-- One row per (login, payment number) ever claimed. Runs on H2 2.x and PostgreSQL alike.
CREATE TABLE capitalist4j_payout_journal (
    login          VARCHAR(255)             NOT NULL,
    payment_number VARCHAR(255)             NOT NULL,
    state          VARCHAR(16)              NOT NULL,
    claim_id       VARCHAR(64)              NOT NULL,
    batch_id       VARCHAR(255),
    note           VARCHAR(4000),
    claimed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT capitalist4j_payout_journal_pk PRIMARY KEY (login, payment_number),
    CONSTRAINT capitalist4j_payout_journal_state CHECK (state IN ('in-doubt', 'sent', 'released'))
);

CREATE INDEX capitalist4j_payout_journal_by_state ON capitalist4j_payout_journal (login, state);
