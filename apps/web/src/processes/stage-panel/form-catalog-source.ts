import { createContext, useContext } from 'react';
import type { FormBuilderCatalog } from '../../form-builder';
import type { CatalogItemRef } from '../../form-renderer/renderer-context';

/** The catalogs a stage form's lookups offer, when they are not the tenant's own (a template's, by key). */
export interface FormCatalogSource {
  catalogs: FormBuilderCatalog[];
  searchCatalog: (catalogId: string, query: string) => Promise<CatalogItemRef[]>;
  /** "New catalog" from a lookup field; absent: the builder offers none. */
  onCreateCatalog?: () => void;
}

/** Null: the tenant's catalogs (an owner's process); a template's designer provides its draft's catalogs. */
export const FormCatalogContext = createContext<FormCatalogSource | null>(null);

export function useFormCatalogSource(): FormCatalogSource | null {
  return useContext(FormCatalogContext);
}
