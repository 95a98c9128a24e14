-- V2 (issue 8): full-text search over titles and bodies; external content, so the text is stored once.
CREATE VIRTUAL TABLE article_fts USING fts5(title, text, content='article', content_rowid='seq', tokenize='porter unicode61');
