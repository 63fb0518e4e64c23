-- What the language stages found: actor mentions per article, the canonical entities behind them,
-- and which articles are done. Portable SQL: the same schema on SQLite and PostgreSQL.
-- Lists keep the order they were given in an ordinal column, so they read back as they were saved.

-- One row per canonical entity; entities are recomputed from all mentions and replaced whole.
CREATE TABLE entities (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    type       TEXT NOT NULL,
    actor_code TEXT
);

CREATE TABLE entity_aliases (
    entity_id TEXT NOT NULL REFERENCES entities (id),
    ordinal   INTEGER NOT NULL,
    alias     TEXT NOT NULL,
    PRIMARY KEY (entity_id, ordinal)
);

-- "backed_by:irn", "leader_of:irn-quds-force": a relation and the other entity's id
CREATE TABLE entity_affiliations (
    entity_id   TEXT NOT NULL REFERENCES entities (id),
    ordinal     INTEGER NOT NULL,
    affiliation TEXT NOT NULL,
    PRIMARY KEY (entity_id, ordinal)
);

CREATE TABLE entity_articles (
    entity_id  TEXT NOT NULL REFERENCES entities (id),
    ordinal    INTEGER NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles (id),
    PRIMARY KEY (entity_id, ordinal)
);

-- One row per place an article names an actor. span_end is exclusive; END itself is reserved in
-- SQL. The entity's name, type and code are kept with each mention because a run resumed after a
-- kill reads the mentions back before entities are recomputed and saved.
CREATE TABLE actor_mentions (
    article_id  TEXT NOT NULL REFERENCES articles (id),
    ordinal     INTEGER NOT NULL,
    span_start  INTEGER NOT NULL,
    span_end    INTEGER NOT NULL,
    text        TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    entity_name TEXT NOT NULL,
    entity_type TEXT NOT NULL,
    actor_code  TEXT,
    PRIMARY KEY (article_id, ordinal)
);

-- where an entity is named, for reports that start from the actor
CREATE INDEX actor_mentions_entity ON actor_mentions (entity_id);

-- Articles the language stages have finished, and under which version of them: an article
-- analyzed by an older version counts as not analyzed, so a newer pipeline redoes it.
CREATE TABLE analyzed_articles (
    article_id       TEXT PRIMARY KEY REFERENCES articles (id),
    pipeline_version INTEGER NOT NULL
);
