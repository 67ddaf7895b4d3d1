-- Publisher: when each variant is due, who claimed it until when, and a journal of publication attempts.
-- due_at is set by PostRepository.save for variants waiting to go out (NULL otherwise); a claim is a
-- lease (claimed_by until claim_expires_at) so a dead publisher's variant is taken over when it expires.
ALTER TABLE post_variants ADD COLUMN due_at BIGINT;
ALTER TABLE post_variants ADD COLUMN claimed_by VARCHAR(128);
ALTER TABLE post_variants ADD COLUMN claim_expires_at BIGINT;
ALTER TABLE post_variants ADD COLUMN attempts INTEGER DEFAULT 0 NOT NULL;
-- not before this instant: backoff after outages, or the account's Retry-After
ALTER TABLE post_variants ADD COLUMN not_before BIGINT;
-- why the publisher must not take it now (expired credentials); NULL when it may
ALTER TABLE post_variants ADD COLUMN paused_reason TEXT;
CREATE INDEX post_variants_by_due ON post_variants (due_at);
-- One row per call to a network, committed before the call: an attempt without outcome after a crash
-- means "may have gone out", which is checked on the network before anything is sent again.
CREATE TABLE publication_attempts (
  id VARCHAR(64) PRIMARY KEY,
  variant_id VARCHAR(64) NOT NULL,
  idempotency_key VARCHAR(255) NOT NULL,
  publisher VARCHAR(128),
  started_at BIGINT NOT NULL,
  finished_at BIGINT,
  outcome VARCHAR(32),
  detail TEXT
);
CREATE INDEX publication_attempts_by_variant ON publication_attempts (variant_id, started_at);
