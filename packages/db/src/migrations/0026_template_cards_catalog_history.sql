-- What a library card shows of a template version (names, summary, keywords, product type, counts, change
-- note), stored with it: the list reads this small value, never the whole ~60 KB file of every template.
-- Services compute it from the checked file when they store a version (templateCard). Versions stored before
-- are filled here from their content: every stored content has these fields at the same places (formats 1
-- and 2 differ elsewhere), and this function is compared with templateCard on the real files by a test.
CREATE FUNCTION template_card(content jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
  SELECT jsonb_build_object(
    'productType', content -> 'productType',
    'name', content -> 'name',
    'summary', content -> 'summary',
    'keywords', content -> 'keywords',
    'stageCount', jsonb_array_length(content -> 'process' -> 'definition' -> 'stages'),
    'jobCount', (
      SELECT coalesce(sum(jsonb_array_length(coalesce(stage -> 'jobs', '[]'::jsonb))), 0)::int
      FROM jsonb_array_elements(content -> 'process' -> 'definition' -> 'stages') AS stage
    ),
    'catalogCount', jsonb_array_length(content -> 'catalogs'),
    'changeNote', content -> 'changeNote'
  )
$$;

ALTER TABLE template_versions ADD COLUMN card jsonb;
UPDATE template_versions SET card = template_card(content);
ALTER TABLE template_versions ALTER COLUMN card SET NOT NULL;

-- The card is part of the version: as immutable as the content it is computed from.
CREATE OR REPLACE FUNCTION refuse_template_version_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.content IS DISTINCT FROM OLD.content OR NEW.content_hash IS DISTINCT FROM OLD.content_hash
     OR NEW.card IS DISTINCT FROM OLD.card
     OR NEW.number IS DISTINCT FROM OLD.number OR NEW.template_id IS DISTINCT FROM OLD.template_id THEN
    RAISE EXCEPTION 'template versions are immutable' USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN NEW;
END;
$$;

-- The catalog ids a template key had before the catalog was made again (the owner archived the one made
-- first, then took a stage needing it), {"key": ["old id", ...]}: a stage not taken still names the old id, and
-- is not the owner's edit for it.
ALTER TABLE process_template_links ADD COLUMN replaced_catalog_ids jsonb NOT NULL DEFAULT '{}'::jsonb;
