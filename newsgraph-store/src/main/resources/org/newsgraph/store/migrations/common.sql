-- V1 (issue 8): the tables both databases share; {{SEQ}} is the article sequence column's type.
CREATE TABLE article (
  seq {{SEQ}},
  id TEXT NOT NULL UNIQUE,
  source TEXT NOT NULL,
  published TEXT,
  title TEXT,
  url TEXT,
  authors TEXT NOT NULL,
  text TEXT NOT NULL,
  removed TEXT NOT NULL,
  times TEXT NOT NULL,
  pipeline_version TEXT NOT NULL,
  engine_version TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE INDEX article_published ON article(published);
CREATE TABLE global_entity (
  id BIGINT PRIMARY KEY,
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  full_name TEXT,
  nickname TEXT,
  birthday TEXT,
  origin TEXT NOT NULL,
  partial INTEGER NOT NULL
);
CREATE TABLE entity_kb (
  entity_id BIGINT NOT NULL,
  scheme TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (entity_id, scheme)
);
CREATE INDEX entity_kb_value ON entity_kb(scheme, value);
CREATE TABLE entity_alias (
  entity_id BIGINT NOT NULL,
  alias_key TEXT NOT NULL,
  alias TEXT NOT NULL,
  articles INTEGER NOT NULL,
  PRIMARY KEY (entity_id, alias_key)
);
CREATE INDEX entity_alias_key ON entity_alias(alias_key);
CREATE TABLE entity_term (
  entity_id BIGINT NOT NULL,
  ord INTEGER NOT NULL,
  kind TEXT NOT NULL,
  term_start TEXT,
  term_end TEXT,
  state TEXT,
  district TEXT,
  party TEXT,
  source TEXT NOT NULL,
  PRIMARY KEY (entity_id, ord)
);
CREATE TABLE article_entity (
  article_id TEXT NOT NULL,
  local_id TEXT NOT NULL,
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  full_name TEXT,
  aliases TEXT NOT NULL,
  kb TEXT NOT NULL,
  global_id BIGINT NOT NULL,
  confidence DOUBLE PRECISION NOT NULL,
  method TEXT NOT NULL,
  mentions INTEGER NOT NULL,
  PRIMARY KEY (article_id, local_id)
);
CREATE INDEX article_entity_global ON article_entity(global_id);
CREATE TABLE mention (
  article_id TEXT NOT NULL,
  ord INTEGER NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  text TEXT NOT NULL,
  type TEXT NOT NULL,
  local_entity TEXT,
  global_id BIGINT,
  PRIMARY KEY (article_id, ord)
);
CREATE INDEX mention_global ON mention(global_id);
CREATE TABLE quote (
  article_id TEXT NOT NULL,
  ord INTEGER NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  text TEXT NOT NULL,
  kind TEXT NOT NULL,
  cue_start INTEGER,
  cue_end INTEGER,
  cue_text TEXT,
  speaker_name TEXT,
  speaker_local TEXT,
  speaker_global BIGINT,
  speaker_start INTEGER,
  speaker_end INTEGER,
  speaker_text TEXT,
  PRIMARY KEY (article_id, ord)
);
CREATE INDEX quote_speaker ON quote(speaker_global);
CREATE TABLE fact (
  article_id TEXT NOT NULL,
  ord INTEGER NOT NULL,
  type TEXT NOT NULL,
  subject_local TEXT,
  subject_global BIGINT,
  object_local TEXT,
  object_global BIGINT,
  value TEXT,
  role TEXT,
  start_date TEXT,
  end_date TEXT,
  as_of TEXT,
  status TEXT,
  evidence_start INTEGER NOT NULL,
  evidence_end INTEGER NOT NULL,
  evidence_text TEXT NOT NULL,
  confidence DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (article_id, ord)
);
CREATE INDEX fact_subject ON fact(subject_global);
CREATE INDEX fact_type ON fact(type);
CREATE TABLE problem (
  source TEXT NOT NULL,
  code TEXT NOT NULL,
  message TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE TABLE knowledge_pack (
  name TEXT PRIMARY KEY,
  entities INTEGER NOT NULL,
  loaded_at TEXT NOT NULL
);
