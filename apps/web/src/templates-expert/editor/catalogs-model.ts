import type { TemplateCatalog, TemplateDraftView } from '@nguon/contracts/client';
import { catalogReferencesIn, type LocalizedText, templateCatalogKeyPattern } from '@nguon/domain';
import { summarizeFormFields } from '@nguon/forms';
import { blankCatalogForm } from '../../catalogs/catalog-templates';

export const maxCatalogs = 20;
export const maxSamples = 50;

export type CatalogKeyFault = 'pattern' | 'taken';

/** What is wrong with a new catalog's key: the file's pattern, and unique in the template. */
export function catalogKeyFault(key: string, catalogs: readonly TemplateCatalog[]): CatalogKeyFault | null {
  if (!new RegExp(templateCatalogKeyPattern).test(key)) return 'pattern';
  if (catalogs.some((catalog) => catalog.key === key)) return 'taken';
  return null;
}

/** A new catalog: a required "Tên" field that names its items, no samples yet. */
export function newTemplateCatalog(key: string, name: { vi: string; en: string }): TemplateCatalog {
  const blank = blankCatalogForm();
  return { key, name, form: blank.form, labelFields: blank.labelFields, samples: [] };
}

/** The catalog's top-level fields, as the list counts them (headings are not fields). */
export function fieldCount(catalog: TemplateCatalog): number {
  return summarizeFormFields(catalog.form).filter(
    (field) => !field.key.includes('.') && field.type !== 'heading',
  ).length;
}

/** The catalogs with the one of `key` changed by `update`, or taken out when it gives null. */
export function withCatalog(
  catalogs: readonly TemplateCatalog[],
  key: string,
  update: (catalog: TemplateCatalog) => TemplateCatalog | null,
): TemplateCatalog[] {
  return catalogs.flatMap((catalog) => {
    if (catalog.key !== key) return [catalog];
    const next = update(catalog);
    return next ? [next] : [];
  });
}

/** A form that picks from a catalog: a stage's, a job's (with its stage) or another catalog's. */
export type CatalogUser =
  | { kind: 'stage'; stage: LocalizedText }
  | { kind: 'job'; stage: LocalizedText; job: LocalizedText }
  | { kind: 'catalog'; catalog: LocalizedText };

const picksFrom = (schema: unknown, key: string) =>
  catalogReferencesIn(schema).some((reference) => reference.catalog === key);

/** Every form of the draft still pointing at catalog `key` with `x-catalog`: what deleting it would break. */
export function catalogUsers(draft: TemplateDraftView, key: string): CatalogUser[] {
  const users: CatalogUser[] = [];
  for (const stage of draft.process.definition.stages) {
    if (picksFrom(stage.form.schema, key)) users.push({ kind: 'stage', stage: stage.name });
    for (const job of stage.jobs ?? [])
      if (picksFrom(job.form.schema, key)) users.push({ kind: 'job', stage: stage.name, job: job.name });
  }
  for (const catalog of draft.details.catalogs)
    if (catalog.key !== key && picksFrom(catalog.form.schema, key))
      users.push({ kind: 'catalog', catalog: catalog.name });
  return users;
}
