-- A claim's state lives in one row of its own, so that settling a whole claim writes one row, not one per number.
-- A number row keeps only which claim holds it; a number settled apart from the rest of its claim (a rejected line,
-- a payout of a batch sent one by one) gets an override row with its own values. The entry of a number is its
-- override for its current claim when there is one, else its claim's values. Runs on H2 2.x and PostgreSQL alike.
CREATE TABLE capitalist4j_payout_claim (
    login           VARCHAR(255)             NOT NULL,
    claim_id        VARCHAR(64)              NOT NULL,
    state           VARCHAR(16)              NOT NULL,
    batch_id        VARCHAR(255),
    note            VARCHAR(4000),
    claimed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    -- how many numbers take their values from this row while it is in doubt (none once it is settled)
    followers       INTEGER                  NOT NULL,
    -- the numbers the claim took, one per line (escaped), kept while it has followers; NULL for claims moved from V2
    claimed_numbers TEXT,
    CONSTRAINT capitalist4j_payout_claim_pk PRIMARY KEY (login, claim_id),
    CONSTRAINT capitalist4j_payout_claim_state CHECK (state IN ('in-doubt', 'sent', 'released')),
    CONSTRAINT capitalist4j_payout_claim_followers CHECK (followers >= 0 AND (followers = 0 OR state = 'in-doubt'))
);

CREATE TABLE capitalist4j_payout_override (
    login          VARCHAR(255)             NOT NULL,
    claim_id       VARCHAR(64)              NOT NULL,
    payment_number VARCHAR(255)             NOT NULL,
    state          VARCHAR(16)              NOT NULL,
    batch_id       VARCHAR(255),
    note           VARCHAR(4000),
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT capitalist4j_payout_override_pk PRIMARY KEY (login, claim_id, payment_number),
    CONSTRAINT capitalist4j_payout_override_state CHECK (state IN ('in-doubt', 'sent', 'released'))
);

-- Listing the numbers in doubt reads the claims and overrides in doubt, not every number of the login.
CREATE INDEX capitalist4j_payout_claim_by_state ON capitalist4j_payout_claim (login, state);
CREATE INDEX capitalist4j_payout_override_by_state ON capitalist4j_payout_override (login, state);

-- Each claim written by V1/V2 takes the values most of its numbers share (ties: those of its lowest number); its
-- numbers that differ keep their own values as overrides, so that every entry reads as before.
INSERT INTO capitalist4j_payout_claim
    (login, claim_id, state, batch_id, note, claimed_at, updated_at, followers, claimed_numbers)
SELECT login, claim_id, state, batch_id, note, claimed_at, updated_at,
       CASE WHEN state = 'in-doubt' THEN alike ELSE 0 END, NULL
FROM (SELECT login, claim_id, state, batch_id, note, claimed_at, updated_at, alike,
             ROW_NUMBER() OVER (PARTITION BY login, claim_id ORDER BY alike DESC, payment_number) AS rank_in_claim
      FROM (SELECT login, payment_number, claim_id, state, batch_id, note, claimed_at, updated_at,
                   COUNT(*) OVER (PARTITION BY login, claim_id, state, batch_id, note, updated_at) AS alike
            FROM capitalist4j_payout_journal) counted) ranked
WHERE rank_in_claim = 1;

INSERT INTO capitalist4j_payout_override (login, claim_id, payment_number, state, batch_id, note, updated_at)
SELECT j.login, j.claim_id, j.payment_number, j.state, j.batch_id, j.note, j.updated_at
FROM capitalist4j_payout_journal j
JOIN capitalist4j_payout_claim c ON c.login = j.login AND c.claim_id = j.claim_id
WHERE j.state <> c.state OR j.batch_id IS DISTINCT FROM c.batch_id OR j.note IS DISTINCT FROM c.note
   OR j.updated_at <> c.updated_at;

-- The number rows keep the key and the claim; no query reads them by state or by claim any more.
DROP INDEX capitalist4j_payout_journal_by_state;
DROP INDEX capitalist4j_payout_journal_by_claim;
ALTER TABLE capitalist4j_payout_journal DROP CONSTRAINT capitalist4j_payout_journal_state;
ALTER TABLE capitalist4j_payout_journal DROP COLUMN state;
ALTER TABLE capitalist4j_payout_journal DROP COLUMN batch_id;
ALTER TABLE capitalist4j_payout_journal DROP COLUMN note;
ALTER TABLE capitalist4j_payout_journal DROP COLUMN claimed_at;
ALTER TABLE capitalist4j_payout_journal DROP COLUMN updated_at;
