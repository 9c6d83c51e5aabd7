-- Each save of a file counts up its version: a page saves "on top of version n", and a save on
-- top of an older version than the file's is refused as a conflict (two tabs of one workspace).
ALTER TABLE draft ADD COLUMN version INTEGER DEFAULT 0 NOT NULL;
