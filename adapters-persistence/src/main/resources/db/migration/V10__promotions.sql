-- The promotion outbox (issue 16): work the worker does for a piece after the owner's action, written in the same
-- transaction as the change that causes it, so nothing is lost when Redis (or the worker) is away.
--   PIECE_CHANGED: the shop's Telegram channel must catch up with the piece's current state (post, edit, delete);
--   SHARE_CARDS:   the owner asked for the piece's share cards, sent to chat_id.
-- A worker claims due rows (FOR UPDATE SKIP LOCKED) and leases them until claimed_until; done rows keep done_at. A
-- failed row waits until next_attempt_at (backoff); a row given up on waits for ever ('infinity') with its last_error,
-- for inspection. No foreign key to products: a discarded piece's row must outlive the piece to delete its post.
CREATE TABLE promotions (
    id              BIGSERIAL PRIMARY KEY,
    product_id      INTEGER NOT NULL,
    kind            VARCHAR(20) NOT NULL CHECK (kind IN ('PIECE_CHANGED', 'SHARE_CARDS')),
    chat_id         BIGINT,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    claimed_until   TIMESTAMP WITH TIME ZONE,
    last_error      TEXT,
    done_at         TIMESTAMP WITH TIME ZONE,
    CHECK ((kind = 'SHARE_CARDS') = (chat_id IS NOT NULL))
);

-- What the worker looks for: rows not done, by when they are due.
CREATE INDEX idx_promotions_due ON promotions (next_attempt_at, id) WHERE done_at IS NULL;
CREATE INDEX idx_promotions_open_product ON promotions (product_id) WHERE done_at IS NULL;

-- The channel post of each piece: which message in which channel, what it shows (PUBLISHED or SOLD_OUT) and a
-- fingerprint of its caption and buttons, so a sync that changes nothing makes no call. No foreign key either: the
-- row is what lets the worker delete the post of a discarded piece.
CREATE TABLE channel_posts (
    product_id  INTEGER PRIMARY KEY,
    channel_id  VARCHAR(100) NOT NULL,
    message_id  INTEGER NOT NULL,
    shown       VARCHAR(20) NOT NULL CHECK (shown IN ('PUBLISHED', 'SOLD_OUT')),
    fingerprint VARCHAR(64) NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
