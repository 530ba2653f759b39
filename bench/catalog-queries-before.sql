-- BEFORE issue 10 (kept for scale-before-explain.txt): the SQL the catalog ran to make one uncached page (GET /?…), for bench/catalog-scale.sh: it runs every statement
-- below under EXPLAIN (ANALYZE, BUFFERS) on the database of the largest size (100,000 products) and flags any plan with
-- "Seq Scan on products". One statement per "-- name: <label>" line, ending with ";"; the bind values are written in.
--
-- These are the statements of commit 237a022 (CatalogJdbcAdapter, SettingsJdbcAdapter): per page, one search
-- statement (its WHERE made of the selection's filters; LIMIT 24 OFFSET (page - 1) * 24), the photos of the page's
-- products, the four facet statements and the settings; a count only when a page past the end comes back empty.
-- The fingerprint is not per page: each process runs it every 250 ms (shop.refresh-interval).
-- The app binds the values (JDBC prepared statements; after 5 runs of the same text on a connection PostgreSQL may pick
-- a generic plan), here they are literals: prices in paise, the timestamp of new=1 as now() - 14 days.
-- Replace this file with the statements of the code being measured.

-- name: search / (all, newest, page 1)
SELECT p.id, p.dress_id, p.title, p.price_inr, p.status, p.published_at, count(*) OVER () AS total
  FROM products p WHERE p.status IN ('PUBLISHED', 'SOLD_OUT')
 ORDER BY (p.status = 'SOLD_OUT'), p.published_at DESC NULLS LAST, p.id DESC LIMIT 24 OFFSET 0;

-- name: search ?category=saree
SELECT p.id, p.dress_id, p.title, p.price_inr, p.status, p.published_at, count(*) OVER () AS total
  FROM products p WHERE p.status IN ('PUBLISHED', 'SOLD_OUT')
   AND EXISTS (SELECT 1 FROM jsonb_array_elements_text(p.categories) c WHERE lower(c) = lower('saree'))
 ORDER BY (p.status = 'SOLD_OUT'), p.published_at DESC NULLS LAST, p.id DESC LIMIT 24 OFFSET 0;

-- name: search ?min=5000&max=15000 (price range)
SELECT p.id, p.dress_id, p.title, p.price_inr, p.status, p.published_at, count(*) OVER () AS total
  FROM products p WHERE p.status IN ('PUBLISHED', 'SOLD_OUT')
   AND p.price_inr >= 500000 AND p.price_inr <= 1500000
 ORDER BY (p.status = 'SOLD_OUT'), p.published_at DESC NULLS LAST, p.id DESC LIMIT 24 OFFSET 0;

-- name: search ?color=Maroon
SELECT p.id, p.dress_id, p.title, p.price_inr, p.status, p.published_at, count(*) OVER () AS total
  FROM products p WHERE p.status IN ('PUBLISHED', 'SOLD_OUT')
   AND EXISTS (SELECT 1 FROM variant_options v WHERE v.product_id = p.id AND lower(v.type) IN ('color', 'colour')
                  AND lower(v.value) = lower('Maroon'))
 ORDER BY (p.status = 'SOLD_OUT'), p.published_at DESC NULLS LAST, p.id DESC LIMIT 24 OFFSET 0;

-- name: search ?size=M
SELECT p.id, p.dress_id, p.title, p.price_inr, p.status, p.published_at, count(*) OVER () AS total
  FROM products p WHERE p.status IN ('PUBLISHED', 'SOLD_OUT')
   AND EXISTS (SELECT 1 FROM variant_options v WHERE v.product_id = p.id AND lower(v.type) IN ('size')
                  AND lower(v.value) = lower('M'))
 ORDER BY (p.status = 'SOLD_OUT'), p.published_at DESC NULLS LAST, p.id DESC LIMIT 24 OFFSET 0;

-- name: search ?new=1
SELECT p.id, p.dress_id, p.title, p.price_inr, p.status, p.published_at, count(*) OVER () AS total
  FROM products p WHERE p.status IN ('PUBLISHED', 'SOLD_OUT')
   AND p.published_at >= now() - interval '14 days'
 ORDER BY (p.status = 'SOLD_OUT'), p.published_at DESC NULLS LAST, p.id DESC LIMIT 24 OFFSET 0;

-- name: search ?q=silk+wedding
SELECT p.id, p.dress_id, p.title, p.price_inr, p.status, p.published_at, count(*) OVER () AS total
  FROM products p WHERE p.status IN ('PUBLISHED', 'SOLD_OUT')
   AND product_search_document(p.title, p.description, p.tags) @@ websearch_to_tsquery('english', 'silk wedding')
 ORDER BY (p.status = 'SOLD_OUT'), p.published_at DESC NULLS LAST, p.id DESC LIMIT 24 OFFSET 0;

-- name: search ?q=tuxedo (matches nothing)
SELECT p.id, p.dress_id, p.title, p.price_inr, p.status, p.published_at, count(*) OVER () AS total
  FROM products p WHERE p.status IN ('PUBLISHED', 'SOLD_OUT')
   AND product_search_document(p.title, p.description, p.tags) @@ websearch_to_tsquery('english', 'tuxedo')
 ORDER BY (p.status = 'SOLD_OUT'), p.published_at DESC NULLS LAST, p.id DESC LIMIT 24 OFFSET 0;

-- name: search ?sort=price_asc
SELECT p.id, p.dress_id, p.title, p.price_inr, p.status, p.published_at, count(*) OVER () AS total
  FROM products p WHERE p.status IN ('PUBLISHED', 'SOLD_OUT')
 ORDER BY (p.status = 'SOLD_OUT'), p.price_inr ASC, p.id DESC LIMIT 24 OFFSET 0;

-- name: search ?sort=price_desc
SELECT p.id, p.dress_id, p.title, p.price_inr, p.status, p.published_at, count(*) OVER () AS total
  FROM products p WHERE p.status IN ('PUBLISHED', 'SOLD_OUT')
 ORDER BY (p.status = 'SOLD_OUT'), p.price_inr DESC, p.id DESC LIMIT 24 OFFSET 0;

-- name: search ?page=1000 (deep page: the highest page a URL may ask for)
SELECT p.id, p.dress_id, p.title, p.price_inr, p.status, p.published_at, count(*) OVER () AS total
  FROM products p WHERE p.status IN ('PUBLISHED', 'SOLD_OUT')
 ORDER BY (p.status = 'SOLD_OUT'), p.published_at DESC NULLS LAST, p.id DESC LIMIT 24 OFFSET 23976;

-- name: search ?q=silk&category=saree&max=20000&size=Free+Size&sort=price_asc&page=2 (several filters)
SELECT p.id, p.dress_id, p.title, p.price_inr, p.status, p.published_at, count(*) OVER () AS total
  FROM products p WHERE p.status IN ('PUBLISHED', 'SOLD_OUT')
   AND EXISTS (SELECT 1 FROM jsonb_array_elements_text(p.categories) c WHERE lower(c) = lower('saree'))
   AND p.price_inr <= 2000000
   AND EXISTS (SELECT 1 FROM variant_options v WHERE v.product_id = p.id AND lower(v.type) IN ('size')
                  AND lower(v.value) = lower('Free Size'))
   AND product_search_document(p.title, p.description, p.tags) @@ websearch_to_tsquery('english', 'silk')
 ORDER BY (p.status = 'SOLD_OUT'), p.price_inr ASC, p.id DESC LIMIT 24 OFFSET 24;

-- name: count ?category=lehenga&color=Maroon&page=5 (only when a page past the end comes back empty)
SELECT count(*) FROM products p WHERE p.status IN ('PUBLISHED', 'SOLD_OUT')
   AND EXISTS (SELECT 1 FROM jsonb_array_elements_text(p.categories) c WHERE lower(c) = lower('lehenga'))
   AND EXISTS (SELECT 1 FROM variant_options v WHERE v.product_id = p.id AND lower(v.type) IN ('color', 'colour')
                  AND lower(v.value) = lower('Maroon'));

-- name: photos of the page's 24 products (those of / at 100,000)
SELECT i.id, i.product_id, i.type, i.url, r.url AS r_url, r.width, r.height, r.size_bytes
  FROM images i LEFT JOIN image_renditions r ON r.image_id = i.id
 WHERE i.product_id = ANY (ARRAY[99720, 99360, 99000, 98640, 97920, 97560, 97200, 96840, 96480, 96120, 95760, 95400,
                                 95040, 94680, 94320, 93960, 93240, 92880, 92520, 92160, 91800, 91440, 91080, 90720]::bigint[])
   AND i.is_public AND i.status = 'READY' AND i.url IS NOT NULL
 ORDER BY i.product_id, (i.type = 'AI_GENERATED') DESC, CASE WHEN i.type = 'AI_GENERATED' THEN -i.version ELSE i.version END,
          i.id, r.width;

-- name: facets: categories
SELECT min(x) FROM products p, jsonb_array_elements_text(p.categories) x
 WHERE p.status IN ('PUBLISHED', 'SOLD_OUT') GROUP BY lower(x) ORDER BY lower(x);

-- name: facets: colours
SELECT min(v.value) FROM variant_options v JOIN products p ON p.id = v.product_id
 WHERE p.status IN ('PUBLISHED', 'SOLD_OUT') AND lower(v.type) IN ('color', 'colour') GROUP BY lower(v.value)
 ORDER BY array_position(ARRAY['xxs', 'xs', 's', 'm', 'l', 'xl', 'xxl', 'xxxl', '3xl', '4xl', 'free size'], lower(v.value))
          NULLS LAST, lower(v.value);

-- name: facets: sizes
SELECT min(v.value) FROM variant_options v JOIN products p ON p.id = v.product_id
 WHERE p.status IN ('PUBLISHED', 'SOLD_OUT') AND lower(v.type) IN ('size') GROUP BY lower(v.value)
 ORDER BY array_position(ARRAY['xxs', 'xs', 's', 'm', 'l', 'xl', 'xxl', 'xxxl', '3xl', '4xl', 'free size'], lower(v.value))
          NULLS LAST, lower(v.value);

-- name: facets: price range
SELECT min(p.price_inr), max(p.price_inr) FROM products p WHERE p.status IN ('PUBLISHED', 'SOLD_OUT');

-- name: settings (Micronaut Data findAll)
SELECT settings_."key", settings_."value", settings_."updated_at" FROM "settings" settings_;

-- name: fingerprint (every 250 ms per process, not per page)
SELECT (SELECT count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) FROM products) || '/'
       || (SELECT coalesce(sum(xmin::text::bigint), 0) FROM settings);
