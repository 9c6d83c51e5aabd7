-- Workspace ids are signed by the server from now on (issue 14). The ids browsers hold today were
-- never signed: each is listed here, and the first browser that shows one gets it signed and keeps
-- its files; its row then goes, so an id cannot be claimed twice.
CREATE TABLE legacy_workspace (
    workspace VARCHAR(32) NOT NULL PRIMARY KEY
);
INSERT INTO legacy_workspace (workspace) SELECT DISTINCT workspace FROM draft;
