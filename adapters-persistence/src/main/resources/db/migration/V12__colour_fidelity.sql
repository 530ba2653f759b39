-- The colour check of an AI photo (README "Colour check"): how far the garment's colours moved from the owner's photo
-- (CIEDE2000, lightness weighted half), the owner's names of the worst pair's two colours, and whether that was above
-- the threshold the worker ran with (COLOUR_DELTA_E_MAX), i.e. whether the preview card warned. NULL for originals,
-- for AI photos made before the check existed and where the check itself failed. All four are set together or not at all.
ALTER TABLE images
    ADD COLUMN colour_delta_e  NUMERIC(5, 1) CHECK (colour_delta_e >= 0),
    ADD COLUMN colour_original VARCHAR(40),
    ADD COLUMN colour_ai       VARCHAR(40),
    ADD COLUMN colour_differs  BOOLEAN,
    ADD CONSTRAINT images_colour_check_whole CHECK (
        (colour_delta_e IS NULL AND colour_original IS NULL AND colour_ai IS NULL AND colour_differs IS NULL)
        OR (colour_delta_e IS NOT NULL AND colour_original IS NOT NULL AND colour_ai IS NOT NULL
            AND colour_differs IS NOT NULL AND type = 'AI_GENERATED'));
