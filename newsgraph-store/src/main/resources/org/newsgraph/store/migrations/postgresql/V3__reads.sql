-- V3 (issue 9), what readers need. The store's version, bumped in the transaction of every write that changes what reads
-- return, so that a reader (the web server's page cache) can tell that its answers are stale.
-- Triggers rather than code: every writer, in any process, bumps it. Each statement stays on one line.
CREATE TABLE store_version (id INTEGER PRIMARY KEY CHECK (id = 1), version BIGINT NOT NULL);
INSERT INTO store_version (id, version) VALUES (1, 0);
CREATE FUNCTION newsgraph_bump_version() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE store_version SET version = version + 1 WHERE id = 1; RETURN NULL; END $$;
CREATE TRIGGER article_version AFTER INSERT OR DELETE ON article FOR EACH STATEMENT EXECUTE FUNCTION newsgraph_bump_version();
CREATE TRIGGER problem_version AFTER INSERT ON problem FOR EACH STATEMENT EXECUTE FUNCTION newsgraph_bump_version();
-- The card's queries (issue 9): facts where the entity is the object were found by scanning every fact;
-- the articles of an entity are read from the index alone.
CREATE INDEX fact_object ON fact(object_global);
DROP INDEX article_entity_global;
CREATE INDEX article_entity_global ON article_entity(global_id, article_id);
