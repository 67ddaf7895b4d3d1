-- Native scheduling: publications handed over to a network's own scheduler, tracked until they go out.
-- One row per handed-over variant. No foreign key to post_variants on purpose: when a post is deleted its
-- row stays behind, so the hand-over service still cancels the publication waiting on the network.
-- state: HANDING_OVER (the call is journaled, its answer not recorded yet: check the network first),
-- SCHEDULED (the network has it as remote_id for scheduled_for), DECLINED (the network refused or cannot
-- take it: Pregon's publisher publishes it; looked at again after next_check_at).
-- content is the text handed over, to find the publication on the network again after a lost answer.
-- While a row is HANDING_OVER or SCHEDULED its variant has no due_at: the publisher leaves it alone.
CREATE TABLE native_schedules (
  variant_id VARCHAR(64) PRIMARY KEY,
  post_id VARCHAR(64) NOT NULL,
  account_id VARCHAR(64) NOT NULL,
  state VARCHAR(16) NOT NULL,
  remote_id VARCHAR(255),
  scheduled_for BIGINT NOT NULL,
  content_hash VARCHAR(128) NOT NULL,
  idempotency_key VARCHAR(255) NOT NULL,
  content TEXT,
  started_at BIGINT NOT NULL,
  handed_over_at BIGINT,
  synced_revision BIGINT,
  next_check_at BIGINT NOT NULL,
  claimed_by VARCHAR(128),
  claim_expires_at BIGINT,
  detail TEXT
);
CREATE INDEX native_schedules_by_check ON native_schedules (next_check_at);
CREATE INDEX native_schedules_by_post ON native_schedules (post_id);
