-- The statements the web app runs against PostgreSQL for the buyers' catalog (issue 10), for
-- bench/catalog-scale.sh to EXPLAIN (ANALYZE, BUFFERS) at 100,000 products. Since issue 10 no buyer's filter,
-- sort, search or page reaches PostgreSQL: each web process keeps what buyers can see in memory
-- (CatalogReadModel) and reads it whole once at start (and again only after a lost notification), then product
-- by product when PostgreSQL NOTIFYs a change. Values are written in where the app binds them.

-- name: read whole: products buyers can see (at start-up; a pass over the catalog by design)
SELECT p.id, p.dress_id, p.title, p.price_inr, p.status, p.published_at, p.updated_at, p.categories::text AS categories,
       array_to_string(tsvector_to_array(p.search_words), chr(1)) AS words
  FROM products p WHERE p.status IN ('PUBLISHED', 'SOLD_OUT');

-- name: read whole: their Color and Size variants
SELECT v.product_id, lower(v.type) AS type, v.value
  FROM variant_options v JOIN products p ON p.id = v.product_id
 WHERE p.status IN ('PUBLISHED', 'SOLD_OUT') AND lower(v.type) IN ('color', 'colour', 'size')
 ORDER BY v.product_id, v.sort_order, v.id;

-- name: read whole: their public photos and resized copies
SELECT i.id, i.product_id, i.type, i.url, r.url AS r_url, r.width, r.height, r.size_bytes
  FROM images i LEFT JOIN image_renditions r ON r.image_id = i.id
 WHERE i.is_public AND i.status = 'READY' AND i.url IS NOT NULL
   AND i.product_id IN (SELECT p.id FROM products p WHERE p.status IN ('PUBLISHED', 'SOLD_OUT'))
 ORDER BY i.product_id, (i.type = 'AI_GENERATED') DESC,
          CASE WHEN i.type = 'AI_GENERATED' THEN -i.version ELSE i.version END, i.id, r.width;

-- name: one changed product (NOTIFY catalog_changes 'p:<id>'): the product
SELECT p.id, p.dress_id, p.title, p.price_inr, p.status, p.published_at, p.updated_at, p.categories::text AS categories,
       array_to_string(tsvector_to_array(p.search_words), chr(1)) AS words
  FROM products p WHERE p.status IN ('PUBLISHED', 'SOLD_OUT') AND p.id = ANY ('{50000}'::bigint[]);

-- name: one changed product: its variants
SELECT v.product_id, lower(v.type) AS type, v.value
  FROM variant_options v JOIN products p ON p.id = v.product_id
 WHERE p.status IN ('PUBLISHED', 'SOLD_OUT') AND lower(v.type) IN ('color', 'colour', 'size')
   AND v.product_id = ANY ('{50000}'::bigint[])
 ORDER BY v.product_id, v.sort_order, v.id;

-- name: one changed product: its photos (also a product page's gallery)
SELECT i.id, i.product_id, i.type, i.url, r.url AS r_url, r.width, r.height, r.size_bytes
  FROM images i LEFT JOIN image_renditions r ON r.image_id = i.id
 WHERE i.is_public AND i.status = 'READY' AND i.url IS NOT NULL AND i.product_id = ANY ('{50000}'::bigint[])
 ORDER BY i.product_id, (i.type = 'AI_GENERATED') DESC,
          CASE WHEN i.type = 'AI_GENERATED' THEN -i.version ELSE i.version END, i.id, r.width;

-- name: search words a buyer typed, read by PostgreSQL's parser (once per distinct text; no table)
SELECT websearch_to_tsquery('english', 'red banarasi silk')::text;

-- name: a product page (cache miss): the product by dress id
SELECT * FROM products WHERE dress_id = 'D-51000';

-- name: a product page: its variants
SELECT * FROM variant_options WHERE product_id = 50000;

-- name: a product page: when it was published
SELECT published_at FROM products WHERE id = 50000;

-- name: the version a process polls while it cannot listen (every 250 ms)
SELECT version FROM catalog_version;

-- name: the owner's search across every status (issue 14's /find; served by the GIN index on search_words)
SELECT p.id, p.dress_id FROM products p
 WHERE p.search_words @@ websearch_to_tsquery('english', 'maroon paithani') ORDER BY p.id DESC LIMIT 8;
