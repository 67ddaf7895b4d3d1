-- Workspace settings (time zone now; office hours and holidays later), with the default time zone of our users.
CREATE TABLE workspace_settings (
  name VARCHAR(64) PRIMARY KEY,
  value TEXT NOT NULL
);
INSERT INTO workspace_settings (name, value) VALUES ('timeZone', 'Europe/Madrid');
