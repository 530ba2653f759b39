-- Sale prices: a piece may sell below its price for a while; buyers see the price struck through beside the sale
-- price, and the catalog's price filter and sort go by the sale price. NULL: no sale. In paise, like price_inr.
ALTER TABLE products ADD COLUMN sale_price_paise INTEGER;

ALTER TABLE products ADD CONSTRAINT products_sale_price_positive CHECK (sale_price_paise > 0);
-- the domain's rule, kept by the database too (an UPDATE by hand of either price cannot break it)
ALTER TABLE products ADD CONSTRAINT products_sale_price_below_price CHECK (sale_price_paise < price_inr);
