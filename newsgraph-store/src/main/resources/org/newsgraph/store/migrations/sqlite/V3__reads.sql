-- V3 (issue 9), what readers need. The store's version, bumped in the transaction of every write that changes what reads
-- return, so that a reader (the web server's page cache) can tell that its answers are stale.
-- Triggers rather than code: every writer, in any process, bumps it. Each trigger stays on one line.
CREATE TABLE store_version (id INTEGER PRIMARY KEY CHECK (id = 1), version BIGINT NOT NULL);
INSERT INTO store_version (id, version) VALUES (1, 0);
CREATE TRIGGER article_inserted_version AFTER INSERT ON article BEGIN UPDATE store_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER article_deleted_version AFTER DELETE ON article BEGIN UPDATE store_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER problem_inserted_version AFTER INSERT ON problem BEGIN UPDATE store_version SET version = version + 1 WHERE id = 1; END;
-- The card's queries (issue 9): facts where the entity is the object were found by scanning every fact;
-- the articles of an entity are read from the index alone.
CREATE INDEX fact_object ON fact(object_global);
DROP INDEX article_entity_global;
CREATE INDEX article_entity_global ON article_entity(global_id, article_id);
