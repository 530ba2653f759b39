-- Every buyer query fast (issue 10): each web process keeps what buyers can see in memory and follows changes.

-- The stemmed words of a product, stored (a generated column) so reading the whole catalog does not stem it again;
-- the web process searches them in memory, the owner's searches across every status use the GIN index.
ALTER TABLE products ADD COLUMN search_words tsvector
    GENERATED ALWAYS AS (product_search_document(title, description, tags)) STORED;
DROP INDEX idx_products_search;
CREATE INDEX idx_products_search_words ON products USING GIN (search_words);

-- Bumped once by every committed transaction that changed something buyers may see: a process that could not listen
-- for notifications polls this one row (O(1)) instead of scanning the catalog.
CREATE TABLE catalog_version (
    id      BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (id),
    version BIGINT NOT NULL
);
INSERT INTO catalog_version (id, version) VALUES (TRUE, 0);

-- NOTIFY catalog_changes, 'p:<product id>' or 's' (settings) or '*' (anything: a TRUNCATE). Notifications are sent at
-- commit, only for committed transactions; the same payload twice in one transaction is sent once.
CREATE FUNCTION catalog_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    payload TEXT;
BEGIN
    IF TG_TABLE_NAME = 'settings' THEN
        payload := 's';
    ELSIF TG_LEVEL = 'STATEMENT' THEN
        payload := '*';
    ELSIF TG_TABLE_NAME = 'products' THEN
        payload := 'p:' || CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END;
    ELSIF TG_TABLE_NAME = 'image_renditions' THEN
        SELECT 'p:' || i.product_id INTO payload FROM images i
         WHERE i.id = CASE WHEN TG_OP = 'DELETE' THEN OLD.image_id ELSE NEW.image_id END;
        IF payload IS NULL THEN
            RETURN NULL; -- its image is gone too, and the image's own change was told
        END IF;
    ELSE -- variant_options, images
        payload := 'p:' || CASE WHEN TG_OP = 'DELETE' THEN OLD.product_id ELSE NEW.product_id END;
    END IF;
    IF current_setting('rangoli.catalog_version_bumped', true) IS DISTINCT FROM 'yes' THEN
        UPDATE catalog_version SET version = version + 1;
        PERFORM set_config('rangoli.catalog_version_bumped', 'yes', true); -- until the end of this transaction
    END IF;
    PERFORM pg_notify('catalog_changes', payload);
    RETURN NULL;
END $$;

-- Deferred to commit: the version row is locked only for the moment a transaction commits, after all its own row
-- locks, so it can never take part in a deadlock.
CREATE CONSTRAINT TRIGGER products_catalog_changed AFTER INSERT OR UPDATE OR DELETE ON products
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION catalog_changed();
CREATE CONSTRAINT TRIGGER variant_options_catalog_changed AFTER INSERT OR UPDATE OR DELETE ON variant_options
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION catalog_changed();
CREATE CONSTRAINT TRIGGER images_catalog_changed AFTER INSERT OR UPDATE OR DELETE ON images
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION catalog_changed();
CREATE CONSTRAINT TRIGGER image_renditions_catalog_changed AFTER INSERT OR UPDATE OR DELETE ON image_renditions
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION catalog_changed();
CREATE CONSTRAINT TRIGGER settings_catalog_changed AFTER INSERT OR UPDATE OR DELETE ON settings
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION catalog_changed();

CREATE TRIGGER products_catalog_truncated AFTER TRUNCATE ON products
    FOR EACH STATEMENT EXECUTE FUNCTION catalog_changed();
CREATE TRIGGER settings_catalog_truncated AFTER TRUNCATE ON settings
    FOR EACH STATEMENT EXECUTE FUNCTION catalog_changed();
