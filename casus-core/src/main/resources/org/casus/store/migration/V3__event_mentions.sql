-- Event mentions: one row per event one sentence of one article tells (DESIGN: mentions). The
-- CAMEO type's label, Goldstein score and PLOVER category are kept with each row, so a mention
-- reads back whole without the code tables; quantities are a JSON object ({"rockets": 3}).
CREATE TABLE event_mentions (
    id             TEXT NOT NULL,
    article_id     TEXT NOT NULL REFERENCES articles (id),
    ordinal        INTEGER NOT NULL,
    sentence       INTEGER NOT NULL,
    quote          TEXT NOT NULL,
    span_start     INTEGER NOT NULL,
    span_end       INTEGER NOT NULL,
    trigger_start  INTEGER NOT NULL,
    trigger_end    INTEGER NOT NULL,
    code           TEXT NOT NULL,
    label          TEXT NOT NULL,
    goldstein      DOUBLE PRECISION NOT NULL,
    plover         TEXT,
    plover_mode    TEXT,
    source_id      TEXT,
    target_id      TEXT,
    location       TEXT,
    location_id    TEXT,
    date_value     TEXT,
    date_precision TEXT NOT NULL,
    date_text      TEXT NOT NULL,
    modality       TEXT NOT NULL,
    attributed_to  TEXT,
    quantities     TEXT NOT NULL,
    event_id       TEXT,
    PRIMARY KEY (article_id, ordinal)
);
