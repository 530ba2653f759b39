-- The owner's morning digest and stock alerts (issue: what sells).

-- One row per shop day whose digest a worker took on: INSERT … ON CONFLICT DO NOTHING, so only the worker whose insert
-- made the row sends it (two workers, or a restart, send it once). A send that failed deletes its row, so a later tick
-- tries again.
CREATE TABLE digest_claims (
    day        DATE PRIMARY KEY,
    claimed_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);

-- "Keep" on a stock alert: no alert about the piece until then.
CREATE TABLE stock_alert_silences (
    product_id   INTEGER PRIMARY KEY REFERENCES products (id) ON DELETE CASCADE,
    silent_until TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Drafts waiting for the owner, oldest first.
CREATE INDEX idx_products_drafts_created ON products (created_at) WHERE status = 'DRAFT';
