-- Abandoned workspaces' files are deleted (DraftExpiry): found by when they were last saved.
CREATE INDEX draft_updated_at ON draft (updated_at);
