-- Sync jobs (V5): where each account's history import stands, and
-- which remote items each pass saw, so a crashed or rate-limited sync resumes from its last page and an
-- item that no longer comes back from a complete pass is marked deleted (never removed).
CREATE TABLE sync_state (
  account_id VARCHAR(64) NOT NULL,
  stream VARCHAR(16) NOT NULL,
  -- the pass under way (its start, epoch ms), the window it covers (items created since; NULL = all history)
  pass BIGINT NOT NULL,
  since BIGINT,
  -- comments: the post whose comments are being read; NULL otherwise
  scope VARCHAR(255),
  -- the network's cursor of the next page to read; NULL = the first page of the scope
  cursor_token TEXT,
  in_progress INTEGER NOT NULL,
  pages INTEGER NOT NULL,
  items INTEGER NOT NULL,
  completed_at BIGINT,
  full_completed_at BIGINT,
  -- Retry-After of the network: the account is not asked again before this instant
  not_before BIGINT,
  last_error TEXT,
  PRIMARY KEY (account_id, stream)
);
CREATE TABLE sync_items (
  account_id VARCHAR(64) NOT NULL,
  stream VARCHAR(16) NOT NULL,
  remote_id VARCHAR(255) NOT NULL,
  -- comments: the post they are under; '' otherwise
  scope VARCHAR(255) NOT NULL,
  item_id VARCHAR(64) NOT NULL,
  seen_pass BIGINT NOT NULL,
  PRIMARY KEY (account_id, stream, remote_id)
);
CREATE INDEX sync_items_by_scope ON sync_items (account_id, stream, scope);
CREATE INDEX archived_items_by_remote_id ON archived_items (account_id, remote_id);
