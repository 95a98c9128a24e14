-- V2 (issue 8): full-text search over titles and bodies.
ALTER TABLE article ADD COLUMN search tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED;
CREATE INDEX article_search ON article USING GIN (search);
