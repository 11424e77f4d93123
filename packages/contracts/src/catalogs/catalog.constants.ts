export const catalogImportModes = ['preview', 'valid-only', 'all-or-nothing'] as const;
export type CatalogImportMode = (typeof catalogImportModes)[number];
export const maxCatalogCsvBytes = 20 * 1024 * 1024;
