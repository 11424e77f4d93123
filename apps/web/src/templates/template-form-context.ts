import type { TemplateCatalog } from '@nguon/contracts/client';
import { foldText } from '@nguon/domain';
import type { CatalogItemRef, FormRendererContext } from '../form-renderer';

/** A sample item's label as a record would keep it: its label fields joined, as the catalog says. */
export function sampleItemLabel(catalog: TemplateCatalog, item: Record<string, unknown>): string {
  return catalog.labelFields
    .map((field) => item[field])
    .filter((value) => value !== undefined && value !== null && value !== '')
    .map(String)
    .join(' · ');
}

/** Sample items as a catalog field offers them: ids only stand for the template's own samples. */
export function sampleItemRefs(catalog: TemplateCatalog): CatalogItemRef[] {
  return catalog.samples.map((item, index) => ({
    id: `${catalog.key}_${index + 1}`,
    label: sampleItemLabel(catalog, item),
  }));
}

/**
 * The host of a template's forms in preview: catalog fields name the template's catalog keys (there is no
 * tenant catalog yet), so they search its sample items; nothing is uploaded.
 */
export function templateFormContext(catalogs: readonly TemplateCatalog[]): FormRendererContext {
  const byKey = new Map(catalogs.map((catalog) => [catalog.key, sampleItemRefs(catalog)]));
  return {
    async searchCatalog(catalogKey, query) {
      const wanted = foldText(query.trim());
      return (byKey.get(catalogKey) ?? []).filter((item) => foldText(item.label).includes(wanted));
    },
    uploadFile: () => Promise.reject(new Error('a template preview uploads nothing')),
    fileUrl: () => '',
  };
}
