-- Initial schema. Portable SQL only (SQLite and PostgreSQL): dialect differences live in Dialect.
-- Each aggregate is one row: the columns we query or sort on, plus the whole EMF object as XMI in body.
CREATE TABLE schema_version (
  version INTEGER PRIMARY KEY,
  description VARCHAR(200) NOT NULL,
  applied_at BIGINT NOT NULL
);
CREATE TABLE accounts (
  id VARCHAR(64) PRIMARY KEY,
  network_kind VARCHAR(64) NOT NULL,
  handle VARCHAR(255),
  body TEXT NOT NULL
);
CREATE TABLE segments (
  id VARCHAR(64) PRIMARY KEY,
  name VARCHAR(255),
  body TEXT NOT NULL
);
CREATE TABLE campaigns (
  id VARCHAR(64) PRIMARY KEY,
  name VARCHAR(255),
  starts_at BIGINT,
  body TEXT NOT NULL
);
CREATE TABLE posts (
  id VARCHAR(64) PRIMARY KEY,
  status VARCHAR(32) NOT NULL,
  campaign_id VARCHAR(64),
  calendar_at BIGINT,
  updated_at BIGINT,
  body TEXT NOT NULL
);
CREATE INDEX posts_by_calendar ON posts (calendar_at);
CREATE TABLE post_variants (
  id VARCHAR(64) PRIMARY KEY,
  post_id VARCHAR(64) NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  account_id VARCHAR(64) NOT NULL,
  status VARCHAR(32) NOT NULL,
  published_at BIGINT,
  body TEXT NOT NULL
);
CREATE INDEX post_variants_by_post ON post_variants (post_id, position);
CREATE TABLE archived_items (
  id VARCHAR(64) PRIMARY KEY,
  network_kind VARCHAR(64),
  account_id VARCHAR(64),
  kind VARCHAR(16) NOT NULL,
  remote_id VARCHAR(255),
  author VARCHAR(255),
  language VARCHAR(35),
  created_at BIGINT NOT NULL,
  edited_at BIGINT,
  deleted_at BIGINT,
  text TEXT,
  body TEXT NOT NULL
);
CREATE INDEX archived_items_newest_first ON archived_items (created_at DESC, id DESC);
CREATE TABLE conversations (
  id VARCHAR(64) PRIMARY KEY,
  account_id VARCHAR(64),
  network_kind VARCHAR(64),
  status VARCHAR(32) NOT NULL,
  last_message_at BIGINT,
  body TEXT NOT NULL
);
CREATE INDEX conversations_by_last_message ON conversations (last_message_at);
CREATE TABLE events (
  id VARCHAR(64) PRIMARY KEY,
  starts_at BIGINT,
  body TEXT NOT NULL
);
CREATE TABLE broadcasts (
  id VARCHAR(64) PRIMARY KEY,
  starts_at BIGINT,
  body TEXT NOT NULL
);
CREATE TABLE ad_requests (
  id VARCHAR(64) PRIMARY KEY,
  status VARCHAR(32) NOT NULL,
  body TEXT NOT NULL
);
CREATE TABLE audit_log (
  id VARCHAR(64) PRIMARY KEY,
  at BIGINT NOT NULL,
  who VARCHAR(255),
  action VARCHAR(64) NOT NULL,
  target_type VARCHAR(64),
  target_id VARCHAR(64),
  details TEXT
);
CREATE INDEX audit_log_by_time ON audit_log (at);
