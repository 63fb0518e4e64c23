-- Stories: what groups of articles are about (DESIGN: reconcile). Portable SQL: the same schema on
-- SQLite and PostgreSQL (BYTEA is PostgreSQL's byte string; SQLite keeps the bytes as a BLOB).
-- A story keeps the sum of its articles' embeddings (little-endian 32-bit floats) and how many it
-- adds up, and how many of its articles name each actor, so that a later run adds articles to it
-- without comparing them with every earlier article. Dates are ISO-8601 text, as in articles.
CREATE TABLE stories (
    id              TEXT PRIMARY KEY,
    label           TEXT NOT NULL,
    centroid_sum    BYTEA NOT NULL,
    embedded        INTEGER NOT NULL,
    first_published TEXT,
    last_published  TEXT
);

-- which story each article is in: one at most
CREATE TABLE story_articles (
    article_id TEXT PRIMARY KEY REFERENCES articles (id),
    story_id   TEXT NOT NULL REFERENCES stories (id)
);

CREATE INDEX story_articles_story ON story_articles (story_id);

CREATE TABLE story_actors (
    story_id  TEXT NOT NULL REFERENCES stories (id),
    entity_id TEXT NOT NULL,
    articles  INTEGER NOT NULL,
    PRIMARY KEY (story_id, entity_id)
);
