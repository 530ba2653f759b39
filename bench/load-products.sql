-- Published products for the catalog benchmarks, D-1001 … D-(1000 + products): 1,000 by default
-- (bench/catalog-bench.sh), any number with  psql -v products=100000 -f bench/load-products.sql  (bench/catalog-scale.sh).
-- Deterministic (no random()): the same catalog, hence the same page bytes, on every run; the first 1,000 products are
-- the same whatever the number. Every 13th product is SOLD_OUT, the rest PUBLISHED; each has Color and Size variants,
-- one public READY ORIGINAL image and its 400/800/1200 px renditions. Run on a freshly migrated (empty) database; one
-- transaction of set-based statements (100,000 products load in well under a minute).
\set ON_ERROR_STOP on
\if :{?products}
\else
\set products 1000
\endif
BEGIN;

CREATE TEMP TABLE gen ON COMMIT DROP AS
WITH p AS (
    SELECT g,
           'D-' || (1000 + g) AS dress_id,
           (ARRAY['Red', 'Maroon', 'Emerald', 'Mustard', 'Ivory', 'Indigo', 'Teal', 'Blush Pink', 'Peacock Blue',
                  'Black', 'Lavender', 'Rust', 'Magenta', 'Saffron', 'Bottle Green', 'Navy', 'Mint', 'Wine'])
               [1 + (g * 7) % 18] AS color,
           (ARRAY['Gold', 'Silver', 'Cream', 'Pink', 'Green', 'Blue', 'Orange', 'White'])[1 + (g * 5) % 8] AS color2,
           (ARRAY['Banarasi Silk', 'Kanjivaram Silk', 'Chanderi', 'Cotton', 'Chiffon', 'Georgette', 'Organza',
                  'Linen', 'Tussar Silk', 'Mulmul Cotton', 'Crepe', 'Velvet', 'Paithani Silk', 'Patola Silk',
                  'Bandhani', 'Ikat Cotton'])[1 + (g * 11) % 16] AS fabric,
           (g * 3) % 8 AS kind,
           (ARRAY['Zari Border', 'Hand Block-Print', 'Chikankari', 'Mirror Work', 'Gota Patti', 'Floral Print',
                  'Sequins', 'Temple Border', 'Kalamkari', 'Ajrakh Print', 'Thread Embroidery', 'Kantha Stitch'])
               [1 + (g * 13) % 12] AS work,
           (ARRAY['wedding', 'festive', 'party', 'daily', 'office', 'summer', 'bridal', 'casual'])[1 + (g * 17) % 8]
               AS occasion
      FROM generate_series(1, :products) AS g
)
SELECT p.*,
       (ARRAY['Saree', 'Kurta Set', 'Anarkali Dress', 'Lehenga', 'Dupatta', 'Maxi Dress', 'Salwar Suit', 'Saree'])
           [1 + kind] AS garment,
       (ARRAY['["saree"]', '["dress", "kurta"]', '["dress", "anarkali"]', '["lehenga"]', '["dupatta"]',
              '["dress"]', '["dress", "salwar suit"]', '["saree", "handloom"]'])[1 + kind]::jsonb AS categories,
       CASE kind WHEN 0 THEN ARRAY['Free Size'] WHEN 7 THEN ARRAY['Free Size'] WHEN 4 THEN ARRAY['Free Size']
                 WHEN 3 THEN ARRAY['S', 'M', 'L'] WHEN 6 THEN ARRAY['S', 'M', 'L', 'XL', 'XXL']
                 ELSE ARRAY['S', 'M', 'L', 'XL'] END AS sizes,
       -- ₹1,200 … ₹45,000 in steps of ₹100, kept in paise
       (1200 + ((g * 7919) % 439) * 100) * 100 AS price_paise,
       CASE WHEN g % 13 = 0 THEN 'SOLD_OUT' ELSE 'PUBLISHED' END AS status,
       now() - make_interval(days => (g * 37) % 90, hours => g % 24) AS published_at
  FROM p;
ANALYZE gen; -- so the joins below are planned for its real size (hash joins at 100,000)

INSERT INTO products (dress_id, title, description, categories, tags, price_inr, status, created_at, updated_at,
                      published_at)
SELECT dress_id,
       color || ' ' || fabric || ' ' || garment || CASE WHEN g % 3 = 0 THEN ' with ' || work ELSE '' END,
       'A ' || lower(color) || ' ' || fabric || ' ' || lower(garment) || ' finished with ' || lower(work)
           || ', made for ' || occasion || ' wear. Soft on the skin and easy to drape; the colour is true to the'
           || ' photograph in daylight. Dry clean only for the first wash, then gentle hand wash in cold water.'
           || CASE WHEN kind IN (0, 7) THEN ' 5.5 m saree with a 0.8 m unstitched blouse piece.'
                   WHEN kind = 4 THEN ' 2.5 m long.'
                   ELSE ' Stitched to our size chart; alterations on request.' END,
       categories,
       jsonb_build_array(occasion, lower(color), lower(work), lower(split_part(fabric, ' ', 1))),
       price_paise, status,
       published_at - interval '2 days', published_at, published_at
  FROM gen
 ORDER BY g;

INSERT INTO variant_options (product_id, type, value, sort_order)
SELECT pr.id, 'Color', gen.color, 0
  FROM gen JOIN products pr USING (dress_id)
UNION ALL
SELECT pr.id, 'Color', gen.color2, 1
  FROM gen JOIN products pr USING (dress_id)
 WHERE gen.g % 3 = 0
UNION ALL
SELECT pr.id, 'Size', s.value, 1 + s.ord::int
  FROM gen JOIN products pr USING (dress_id), unnest(gen.sizes) WITH ORDINALITY AS s (value, ord);

INSERT INTO images (product_id, type, version, storage_key, url, status, is_public, created_at)
SELECT pr.id, 'ORIGINAL', 1, 'originals/' || pr.dress_id || '/v1.jpg',
       '/media/public/originals/' || pr.dress_id || '/v1.jpg', 'READY', TRUE, pr.created_at
  FROM products pr;

INSERT INTO image_renditions (image_id, width, height, storage_key, url, size_bytes)
SELECT i.id, w.width, w.width * 4 / 3,
       'originals/' || pr.dress_id || '/v1-' || w.width || 'w.jpg',
       '/media/public/originals/' || pr.dress_id || '/v1-' || w.width || 'w.jpg',
       w.width * w.width / 4 + (pr.id * 37) % 5000
  FROM images i
  JOIN products pr ON pr.id = i.product_id
 CROSS JOIN (VALUES (400), (800), (1200)) AS w (width);

SELECT setval('dress_id_seq', (SELECT max(substr(dress_id, 3)::int) FROM products));

COMMIT;
ANALYZE products;
ANALYZE variant_options;
ANALYZE images;
ANALYZE image_renditions;
