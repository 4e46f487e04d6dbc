-- Settling a claim reads and moves its rows by claim id: one indexed statement for a whole batch.
CREATE INDEX capitalist4j_payout_journal_by_claim ON capitalist4j_payout_journal (claim_id);
