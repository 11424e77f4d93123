import type { Lang } from '@nguon/contracts/client';
import { translate } from '../i18n/use-t';
import type { CatalogItemRef, FormRendererContext } from './renderer-context';

const sampleCount = 5;

function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `preview_${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

/** Lower-case without Vietnamese diacritics, so "ca" finds "Cà phê". */
export function searchable(text: string): string {
  return text
    .replace(/[đĐ]/g, 'd')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/**
 * The builder preview's host: uploads stay in the browser as object URLs, catalog search answers a few
 * sample items named after the catalog, so the owner sees every widget work without saving anything.
 */
export function previewRendererContext(
  lang: Lang,
  catalogName: (catalogId: string) => string = (catalogId) => catalogId,
): FormRendererContext {
  const urls = new Map<string, string>();
  return {
    async searchCatalog(catalogId, query) {
      const catalog = catalogName(catalogId);
      const items: CatalogItemRef[] = Array.from({ length: sampleCount }, (_, index) => ({
        id: `sample_${index + 1}`,
        label: translate(lang, 'formBuilder.preview.sampleItem', { catalog, n: index + 1 }),
      }));
      const wanted = searchable(query.trim());
      return items.filter((item) => searchable(item.label).includes(wanted));
    },
    async uploadFile(file, _kind, onProgress) {
      const id = randomId();
      const url = URL.createObjectURL(file);
      urls.set(id, url);
      onProgress?.(1);
      return { id, url };
    },
    fileUrl: (id) => urls.get(id) ?? '',
  };
}
