-- The buyers' catalog (issue 5): when a product went on sale, resized public copies of its images, and full-text search.

-- "New arrivals" and the "newest" sort go by when a product was first published, not when its draft was made.
ALTER TABLE products ADD COLUMN published_at TIMESTAMP WITH TIME ZONE;

UPDATE products p
   SET published_at = COALESCE((SELECT MIN(a.created_at) FROM audit_log a
                                 WHERE a.product_id = p.id AND a.action IN ('PUBLISH', 'PUBLISH_ORIGINAL_ONLY')),
                               p.updated_at, p.created_at)
 WHERE p.status <> 'DRAFT';

-- Set once, by the database, the first time a product leaves DRAFT (whoever writes the row).
CREATE FUNCTION products_stamp_published_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.status <> 'DRAFT' AND NEW.published_at IS NULL THEN
        NEW.published_at := now();
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER products_published_at BEFORE INSERT OR UPDATE OF status ON products
    FOR EACH ROW EXECUTE FUNCTION products_stamp_published_at();

CREATE INDEX idx_products_published ON products (published_at DESC, id DESC) WHERE status IN ('PUBLISHED', 'SOLD_OUT');

-- Resized copies of a published image (e.g. 400, 800, 1200 px wide), for srcset and Open Graph previews.
CREATE TABLE image_renditions (
    id          SERIAL PRIMARY KEY,
    image_id    INTEGER NOT NULL REFERENCES images (id) ON DELETE CASCADE,
    width       INTEGER NOT NULL CHECK (width > 0),
    height      INTEGER NOT NULL CHECK (height > 0),
    storage_key VARCHAR(512) NOT NULL,
    url         VARCHAR(1024) NOT NULL,
    size_bytes  INTEGER NOT NULL CHECK (size_bytes > 0),
    UNIQUE (image_id, width)
);

CREATE INDEX idx_renditions_image ON image_renditions (image_id);

-- Full-text search over title, description and tags (English stemming: "sarees" finds "saree").
CREATE FUNCTION product_search_document(title TEXT, description TEXT, tags JSONB) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT setweight(to_tsvector('english'::regconfig, COALESCE(title, '')), 'A')
        || setweight(to_tsvector('english'::regconfig, COALESCE(
               (SELECT string_agg(t, ' ') FROM jsonb_array_elements_text(COALESCE(tags, '[]'::jsonb)) AS t), '')), 'B')
        || setweight(to_tsvector('english'::regconfig, COALESCE(description, '')), 'C')
$$;

CREATE INDEX idx_products_search ON products USING GIN (product_search_document(title, description, tags));

-- Which images buyers may see: set when a product is published (its originals, and the AI version the owner approved).
ALTER TABLE images ADD COLUMN is_public BOOLEAN NOT NULL DEFAULT FALSE;

UPDATE images i SET is_public = TRUE
  FROM products p
 WHERE p.id = i.product_id AND p.status <> 'DRAFT' AND i.status = 'READY'
   AND (i.type = 'ORIGINAL'
        OR i.version = (SELECT (a.payload ->> 'ai_version')::int FROM audit_log a
                         WHERE a.product_id = p.id AND a.action = 'PUBLISH' AND a.payload ? 'ai_version'
                         ORDER BY a.id DESC LIMIT 1));
