import { Select, type SelectProps } from '@mantine/core';
import { type ProductType, productTypes } from '@nguon/domain';
import { useLang } from '../../i18n/lang-store';
import { foldedOptionsFilter } from '../../ui/folded-options-filter';

/** The product types in the person's language, searchable without accents (there are a few dozen). */
export function ProductTypeSelect(props: Omit<SelectProps, 'data'>) {
  const lang = useLang();
  return (
    <Select
      allowDeselect={false}
      searchable
      filter={foldedOptionsFilter}
      data={productTypes.map((type) => ({ value: type.id, label: type[lang] }))}
      {...props}
    />
  );
}

export function parseProductType(value: string | null): ProductType | null {
  return productTypes.find((type) => type.id === value)?.id ?? null;
}

export function useProductTypeName(): (id: string) => string {
  const lang = useLang();
  return (id) => productTypes.find((type) => type.id === id)?.[lang] ?? id;
}
