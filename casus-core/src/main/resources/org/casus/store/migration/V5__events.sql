-- Reconciled events (DESIGN: events): one row per event, rebuilt whole by each reconciliation.
-- The lists and nested values (mentions, articles, outlets, contradictions, lineage) are JSON text:
-- they are read and written with their event, never queried on their own.
CREATE TABLE events (
    id                  TEXT PRIMARY KEY,
    code                TEXT NOT NULL,
    label               TEXT NOT NULL,
    goldstein           DOUBLE PRECISION NOT NULL,
    plover              TEXT,
    plover_mode         TEXT,
    source_id           TEXT,
    target_id           TEXT,
    location            TEXT,
    date_value          TEXT,
    date_precision      TEXT NOT NULL,
    quantities          TEXT NOT NULL,
    modality            TEXT NOT NULL,
    mentions            TEXT NOT NULL,
    articles            TEXT NOT NULL,
    outlets             TEXT NOT NULL,
    article_count       INTEGER NOT NULL,
    independent_sources INTEGER NOT NULL,
    contradictions      TEXT NOT NULL,
    lineage             TEXT NOT NULL
);

-- reconciliation ties each mention to its event by the mention's id
CREATE INDEX event_mentions_by_id ON event_mentions (id);
