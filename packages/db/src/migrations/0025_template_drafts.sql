-- Templates written in the app by the centre's experts (issue 17): one draft per template, shared by the
-- experts. The id is the template's id (a new template, template_id null, gets the draft's id when first
-- published). The process part is edited in the designer and the rest (names, guide, stage notes, catalogs,
-- sample product) on the template's screens; each part is saved against its own revision.
CREATE TABLE template_drafts (
  id uuid PRIMARY KEY,
  template_id uuid UNIQUE REFERENCES templates (id) ON DELETE CASCADE,
  key text NOT NULL UNIQUE CHECK (key ~ '^[a-z][a-z0-9]*(-[a-z0-9]+)*$' AND length(key) <= 64),
  -- the version the draft was opened from; null for a new template
  base_version integer CHECK (base_version > 0),
  CHECK (template_id IS NULL OR template_id = id),
  CHECK ((template_id IS NULL) = (base_version IS NULL)),
  -- a process definition whose forms name the draft's catalogs by key (x-catalog)
  definition jsonb NOT NULL,
  process_revision integer NOT NULL DEFAULT 1 CHECK (process_revision > 0),
  process_updated_at timestamptz NOT NULL DEFAULT now(),
  process_updated_by uuid REFERENCES users (id) ON DELETE SET NULL,
  -- the file's other parts but the change note (TemplateDraftDetails), possibly unfinished
  details jsonb NOT NULL,
  details_revision integer NOT NULL DEFAULT 1 CHECK (details_revision > 0),
  details_updated_at timestamptz NOT NULL DEFAULT now(),
  details_updated_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid REFERENCES users (id) ON DELETE SET NULL
);
