-- The WebP twin of each resized copy (same width and height, smaller file), served through <picture> with the JPEG
-- as fallback. NULL for copies made before WebP copies existed (`java -jar web-app.jar backfill-images` makes them)
-- and for copies made by a process that could not encode WebP. All three are set together or not at all.
ALTER TABLE image_renditions
    ADD COLUMN webp_storage_key VARCHAR(512),
    ADD COLUMN webp_url         VARCHAR(1024),
    ADD COLUMN webp_size_bytes  INTEGER CHECK (webp_size_bytes > 0),
    ADD CONSTRAINT image_renditions_webp_whole CHECK (
        (webp_storage_key IS NULL AND webp_url IS NULL AND webp_size_bytes IS NULL)
        OR (webp_storage_key IS NOT NULL AND webp_url IS NOT NULL AND webp_size_bytes IS NOT NULL));
