import { Loader, Select, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import {
  type CatalogItemRef,
  type FormRendererContext,
  formTranslate,
  type RendererFieldProps,
} from '../renderer-context';
import { describedBy } from './widget-ids';

type SearchState = { status: 'idle' | 'loading' | 'failed'; items: CatalogItemRef[] };

export function catalogRefOf(value: unknown): CatalogItemRef | null {
  if (typeof value !== 'object' || value === null || !('id' in value) || !('label' in value)) return null;
  const { id, label } = value;
  return typeof id === 'string' && typeof label === 'string' ? { id, label } : null;
}

/** Asks the host for matches as the clerk types (debounced); a late answer to an old query is dropped. */
function useCatalogSearch(host: FormRendererContext, catalogId: string, query: string, active: boolean) {
  const [debounced] = useDebouncedValue(query, 250);
  const [state, setState] = useState<SearchState>({ status: 'idle', items: [] });
  useEffect(() => {
    if (!active || catalogId === '') return;
    let current = true;
    setState((previous) => ({ status: 'loading', items: previous.items }));
    host.searchCatalog(catalogId, debounced.trim()).then(
      (items) => current && setState({ status: 'idle', items }),
      () => current && setState({ status: 'failed', items: [] }),
    );
    return () => {
      current = false;
    };
  }, [host, catalogId, debounced, active]);
  return state;
}

/** catalog fields: a searchable select over the host's catalog search, storing `{ id, label }`. */
export function CatalogLookupField(props: RendererFieldProps) {
  const { schema, formData, onChange, fieldPathId, registry, disabled, readonly, rawErrors } = props;
  const { host, lang } = registry.formContext;
  const t = formTranslate(lang);
  const id = fieldPathId.$id;
  const catalogId = typeof schema['x-catalog'] === 'string' ? schema['x-catalog'] : '';
  const picked = catalogRefOf(formData);
  const [search, setSearch] = useState(picked?.label ?? '');
  const [open, setOpen] = useState(false);
  const found = useCatalogSearch(host, catalogId, search, open);
  const items =
    picked && !found.items.some((item) => item.id === picked.id) ? [picked, ...found.items] : found.items;
  const choose = (itemId: string | null) => {
    const item = items.find((candidate) => candidate.id === itemId);
    onChange(item ? { id: item.id, label: item.label } : undefined, fieldPathId.path);
  };
  return (
    <>
      <Select
        id={id}
        data={items.map((item) => ({ value: item.id, label: item.label }))}
        value={picked?.id ?? null}
        onChange={choose}
        searchable
        searchValue={search}
        onSearchChange={setSearch}
        onDropdownOpen={() => setOpen(true)}
        onDropdownClose={() => setOpen(false)}
        filter={({ options }) => options}
        clearable={!readonly}
        placeholder={readonly ? '—' : t('formRenderer.catalog.placeholder')}
        nothingFoundMessage={
          found.status === 'loading' ? t('formRenderer.catalog.searching') : t('formRenderer.catalog.nothing')
        }
        // null, not undefined: a read-only record shows no dropdown chevron
        rightSection={readonly ? null : found.status === 'loading' && open ? <Loader size="xs" /> : undefined}
        readOnly={readonly}
        disabled={disabled}
        error={(rawErrors?.length ?? 0) > 0}
        aria-describedby={describedBy(id, props, rawErrors)}
        comboboxProps={{ withinPortal: true }}
        data-testid={`form-input-${id}`}
      />
      {found.status === 'failed' && (
        <Text size="sm" c="red" role="alert">
          {t('formRenderer.catalog.failed')}
        </Text>
      )}
    </>
  );
}
