-- Inbox: conversation columns for its filters and orders, and saved replies (V6).
-- waiting_since: when the oldest incoming message still unanswered arrived (NULL: nothing waits).
-- unread is NULL only for rows written before this version; the inbox re-indexes those once.
ALTER TABLE conversations ADD COLUMN assignee VARCHAR(255);
ALTER TABLE conversations ADD COLUMN unread BOOLEAN;
ALTER TABLE conversations ADD COLUMN waiting_since BIGINT;
ALTER TABLE conversations ADD COLUMN participant VARCHAR(255);
ALTER TABLE conversations ADD COLUMN snippet VARCHAR(400);
-- every filter of the inbox combined with its order reads one index in order; the filter columns ride
-- along in each index, so counts and the rows skipped before a deep page never touch the table
CREATE INDEX conversations_newest ON conversations (last_message_at, id, network_kind, account_id, status, assignee, unread, waiting_since);
CREATE INDEX conversations_waiting ON conversations (waiting_since, id, network_kind, account_id, status, assignee, unread);
CREATE INDEX conversations_by_network ON conversations (network_kind, last_message_at, id, account_id, status, assignee, unread, waiting_since);
CREATE INDEX conversations_by_account ON conversations (account_id, last_message_at, id, network_kind, status, assignee, unread, waiting_since);
CREATE INDEX conversations_by_status ON conversations (status, last_message_at, id, network_kind, account_id, assignee, unread, waiting_since);
CREATE INDEX conversations_by_assignee ON conversations (assignee, last_message_at, id, network_kind, account_id, status, unread, waiting_since);
CREATE INDEX conversations_by_unread ON conversations (unread, last_message_at, id, network_kind, account_id, status, assignee, waiting_since);
CREATE TABLE saved_replies (
  id VARCHAR(64) PRIMARY KEY,
  name VARCHAR(255),
  body TEXT NOT NULL
);
-- what a user typed in a conversation's reply box and has not sent yet (kept across failures and restarts)
CREATE TABLE reply_drafts (
  conversation_id VARCHAR(64) PRIMARY KEY,
  text TEXT NOT NULL,
  saved_at BIGINT NOT NULL
);
-- the conversation pane finds the post a conversation belongs to by account and remote id: V5's
-- archived_items_by_remote_id (account_id, remote_id) serves it
