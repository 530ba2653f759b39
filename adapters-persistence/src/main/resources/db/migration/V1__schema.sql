-- The schema of spec §4, exactly.

CREATE TABLE products (
    id                  SERIAL PRIMARY KEY,
    dress_id            VARCHAR(10) UNIQUE NOT NULL,
    title               VARCHAR(255) NOT NULL,
    description         TEXT,
    categories          JSONB DEFAULT '[]',
    tags                JSONB DEFAULT '[]',
    price_inr           INTEGER NOT NULL,          -- in paise (1250000 = ₹12,500)
    status              VARCHAR(20) NOT NULL DEFAULT 'DRAFT'
                        CHECK (status IN ('DRAFT', 'PUBLISHED', 'HIDDEN', 'SOLD_OUT')),
    telegram_chat_id    BIGINT,                    -- chat where the draft was created
    telegram_message_id INTEGER,                   -- preview message id (for editing)
    created_at          TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    updated_at          TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);

CREATE INDEX idx_products_status ON products (status);
CREATE INDEX idx_products_dress_id ON products (dress_id);
CREATE INDEX idx_products_categories ON products USING GIN (categories);
CREATE INDEX idx_products_tags ON products USING GIN (tags);
CREATE INDEX idx_products_created ON products (created_at DESC);

CREATE TABLE variant_options (
    id         SERIAL PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    type       VARCHAR(50) NOT NULL,
    value      VARCHAR(100) NOT NULL,
    sort_order INTEGER DEFAULT 0,
    UNIQUE (product_id, type, value)
);

CREATE INDEX idx_variants_product ON variant_options (product_id);

CREATE TABLE images (
    id          SERIAL PRIMARY KEY,
    product_id  INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    type        VARCHAR(20) NOT NULL,              -- 'ORIGINAL' or 'AI_GENERATED'
    version     INTEGER NOT NULL DEFAULT 1,
    storage_key VARCHAR(512) NOT NULL,
    url         VARCHAR(1024),
    status      VARCHAR(20) NOT NULL DEFAULT 'PENDING', -- 'PENDING', 'READY', 'FAILED'
    created_at  TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    UNIQUE (product_id, type, version)
);

CREATE INDEX idx_images_product ON images (product_id);

CREATE TABLE settings (
    key        VARCHAR(100) PRIMARY KEY,
    value      TEXT NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);

CREATE TABLE audit_log (
    id         SERIAL PRIMARY KEY,
    admin_id   BIGINT NOT NULL,                    -- Telegram user id
    action     VARCHAR(50) NOT NULL,
    product_id INTEGER REFERENCES products (id) ON DELETE SET NULL,
    payload    JSONB,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);

CREATE INDEX idx_audit_admin ON audit_log (admin_id);
CREATE INDEX idx_audit_product ON audit_log (product_id);
CREATE INDEX idx_audit_created ON audit_log (created_at DESC);

CREATE SEQUENCE dress_id_seq START WITH 1001;
