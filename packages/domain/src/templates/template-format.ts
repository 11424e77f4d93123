/** The template file format this code writes and reads; older files are brought up by `upgradeTemplateFile`. */
export const currentTemplateSchemaVersion = 2;

/** A template's stable key: its folder name under templates/ (lower-case words joined by hyphens). */
export const templateKeyPattern = '^[a-z][a-z0-9]*(-[a-z0-9]+)*$';
/** A catalog's key inside a template; a form's `x-catalog` names it until the template is used. */
export const templateCatalogKeyPattern = '^[a-z][a-z0-9_]{0,39}$';

type JsonRecord = Record<string, unknown>;
const isRecord = (value: unknown): value is JsonRecord =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** One bump of the file format: `up` turns a file of `from` into one of `from + 1`, as plain JSON. */
interface TemplateFormatStep {
  from: number;
  up: (file: JsonRecord) => JsonRecord;
}

/**
 * Every bump since format 1, in order. Format 2 (issue 17): the sample product is `sampleProduct` (was
 * `product`), a catalog's sample items are `samples` (was `items`), and the guide and the stage notes the
 * README is written from are part of the file (format 1 had a summary only: it opens the guide).
 */
export const templateFormatSteps: readonly TemplateFormatStep[] = [
  {
    from: 1,
    up: ({ product, catalogs, summary, ...rest }) => ({
      ...rest,
      summary,
      guide: summary,
      stageNotes: {},
      sampleProduct: product,
      catalogs: Array.isArray(catalogs)
        ? catalogs.map((catalog) => {
            if (!isRecord(catalog)) return catalog;
            const { items, ...kept } = catalog;
            return { ...kept, samples: items };
          })
        : catalogs,
      schemaVersion: 2,
    }),
  },
];

export type TemplateUpgrade =
  | { ok: true; file: JsonRecord; from: number }
  | { ok: false; code: 'not_an_object' | 'no_schema_version' | 'too_new'; found?: unknown };

/**
 * Brings a parsed template file to the current format by running each `up` from its `schemaVersion`; the
 * result still has to pass the file schema. Never changes its argument.
 */
export function upgradeTemplateFile(raw: unknown): TemplateUpgrade {
  if (!isRecord(raw)) return { ok: false, code: 'not_an_object' };
  const from = raw.schemaVersion;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1)
    return { ok: false, code: 'no_schema_version', found: from };
  if (from > currentTemplateSchemaVersion) return { ok: false, code: 'too_new', found: from };
  let file: JsonRecord = structuredClone(raw);
  for (const step of templateFormatSteps) if (step.from >= from) file = step.up(file);
  return { ok: true, file, from };
}

/**
 * Every `x-catalog` reference in a form schema (stage, job or catalog form), with its JSON pointer; nested
 * groups and list items carry their own.
 */
export function catalogReferencesIn(schema: unknown, at = ''): { catalog: string; path: string }[] {
  if (Array.isArray(schema)) return schema.flatMap((item, i) => catalogReferencesIn(item, `${at}/${i}`));
  if (!isRecord(schema)) return [];
  return Object.entries(schema).flatMap(([key, value]) => {
    const path = `${at}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (key === 'x-catalog' && typeof value === 'string' && value !== '') return [{ catalog: value, path }];
    return catalogReferencesIn(value, path);
  });
}

function renameIn(value: unknown, rename: (catalog: string) => string): unknown {
  if (Array.isArray(value)) return value.map((item) => renameIn(item, rename));
  return isRecord(value) ? renameCatalogReferences(value, rename) : value;
}

/** A copy of a form schema whose `x-catalog` values are renamed by `rename` (template keys to ids, or back). */
export function renameCatalogReferences(
  schema: Record<string, unknown>,
  rename: (catalog: string) => string,
): Record<string, unknown> {
  const renamed: JsonRecord = {};
  for (const [key, value] of Object.entries(schema)) {
    renamed[key] =
      key === 'x-catalog' && typeof value === 'string' && value !== ''
        ? rename(value)
        : renameIn(value, rename);
  }
  return renamed;
}
