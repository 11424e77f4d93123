import { type ProductType, productTypes } from '@nguon/domain';
import { useLang } from '../i18n/lang-store';

// Here rather than from the processes screens' select: the process list shows this library's block, so the
// library imports nothing of the processes folder.

export function useProductTypeName(): (id: string) => string {
  const lang = useLang();
  return (id) => productTypes.find((type) => type.id === id)?.[lang] ?? id;
}

export function parseProductType(value: string | null): ProductType | null {
  return productTypes.find((type) => type.id === value)?.id ?? null;
}
