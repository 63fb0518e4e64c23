-- One row per clean article. Portable SQL: the same schema on SQLite and PostgreSQL.
-- published is an ISO-8601 date (yyyy-mm-dd) held as text, so both databases store and
-- sort it the same way; NULL means the date is unknown, never a guess.
CREATE TABLE articles (
    id           TEXT PRIMARY KEY,
    source       TEXT NOT NULL,
    url          TEXT,
    outlet       TEXT,
    title        TEXT NOT NULL,
    published    TEXT,
    byline       TEXT,
    language     TEXT,
    text         TEXT NOT NULL,
    duplicate_of TEXT
);
