import type { TemplateCatalog, TemplateDraftView } from '@nguon/contracts/client';
import { detailsOf, useDetailsSave } from './details-save';
import type { TemplateDraftPartProps } from './editor-parts';

/** The catalogs tab's save: every action sends the catalogs it computed from the latest draft, nothing else changed. */
export function useCatalogsSave(props: Pick<TemplateDraftPartProps, 'draft' | 'onSaved'>) {
  const saver = useDetailsSave(props);
  const saveCatalogs = (
    change: (latest: readonly TemplateCatalog[]) => TemplateCatalog[],
    onDone?: (saved: TemplateDraftView) => void,
  ) => {
    const details = detailsOf(props.draft);
    saver.send({ ...details, catalogs: change(details.catalogs) }, onDone);
  };
  // the draft the refusals point into, to name their places in words
  return { ...saver, saveCatalogs, draft: props.draft };
}

export type CatalogsSaver = ReturnType<typeof useCatalogsSave>;

/** The refusal's errors under one pointer (`/catalogs/2/samples/0`), by the next path segment (a field key). */
export function errorsUnder(saver: CatalogsSaver, pointer: string): Map<string, string> {
  const found = new Map<string, string>();
  if (saver.refusal?.kind !== 'fields') return found;
  for (const error of saver.refusal.errors) {
    if (error.path !== pointer && !error.path.startsWith(`${pointer}/`)) continue;
    const field = error.path.slice(pointer.length).split('/')[1] ?? '';
    if (!found.has(field)) found.set(field, error.message);
  }
  return found;
}
