-- The look of each AI photo (domain AiStyle: STUDIO, THREE_QUARTER, BACK_VIEW, FABRIC_CLOSEUP) and its place in the
-- published gallery. Rows made before styles existed are studio photos; originals have no style.
-- gallery_position: NULL = not in the gallery; 1, 2, … in the order the owner pressed "Add to gallery"; 0 = the main
-- photo, set when the owner approves that version (older published products have NULL everywhere: their main photo is
-- the newest public AI version, as before).
ALTER TABLE images
    ADD COLUMN style            VARCHAR(20),
    ADD COLUMN gallery_position INTEGER CHECK (gallery_position >= 0),
    ADD CONSTRAINT images_style_known CHECK (style IN ('STUDIO', 'THREE_QUARTER', 'BACK_VIEW', 'FABRIC_CLOSEUP')),
    ADD CONSTRAINT images_ai_only_style CHECK (type = 'AI_GENERATED' OR (style IS NULL AND gallery_position IS NULL));

UPDATE images SET style = 'STUDIO' WHERE type = 'AI_GENERATED';
