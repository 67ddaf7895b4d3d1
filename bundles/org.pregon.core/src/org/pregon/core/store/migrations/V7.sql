-- Archive search (issue 5): every write to archived_items takes the next number of archive_sequence, so a
-- search index (one per workbench, also on a shared PostgreSQL) catches up by reading the rows changed
-- after the last number it indexed. The counter row is locked by the writing transaction until it
-- commits, so numbers become visible in the order they were taken and none is skipped by a reader.
ALTER TABLE archived_items ADD COLUMN changed_seq BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE archived_items ADD COLUMN campaign_id VARCHAR(64);
-- the index reads these columns and decodes the XMI body only of rows with revisions (or older than V4)
ALTER TABLE archived_items ADD COLUMN url TEXT;
CREATE INDEX archived_items_by_change ON archived_items (changed_seq, id);
CREATE TABLE archive_sequence (
  id INTEGER PRIMARY KEY,
  last_seq BIGINT NOT NULL
);
INSERT INTO archive_sequence (id, last_seq) VALUES (1, 0);
