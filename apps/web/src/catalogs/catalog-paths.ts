/** The lots whose records name a catalog item (the trace explorer's entry from a catalog). */
export const itemLotsPath = (catalogId: string, itemId: string) =>
  `/catalogs/${encodeURIComponent(catalogId)}/items/${encodeURIComponent(itemId)}/lots`;
