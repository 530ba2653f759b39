-- Daily counts of what buyers do, per piece and for the catalog: numbers only, nothing about the buyer.
CREATE TABLE piece_daily_stats (
    product_id   BIGINT  NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    day          DATE    NOT NULL,
    views        INTEGER NOT NULL DEFAULT 0 CHECK (views >= 0),
    taps         INTEGER NOT NULL DEFAULT 0 CHECK (taps >= 0),
    similar_taps INTEGER NOT NULL DEFAULT 0 CHECK (similar_taps >= 0),
    PRIMARY KEY (product_id, day)
);
CREATE INDEX piece_daily_stats_day ON piece_daily_stats (day);

CREATE TABLE catalog_daily_stats (
    day   DATE    PRIMARY KEY,
    views INTEGER NOT NULL DEFAULT 0 CHECK (views >= 0)
);
