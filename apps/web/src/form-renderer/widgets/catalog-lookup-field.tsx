import { useEffect, useState } from 'react';
import { SearchSelect, useSearchWords } from '../../ui/search-select';
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

/** Asks the host for the settled words while the list is open; a late answer to old words is dropped. */
function useCatalogSearch(host: FormRendererContext, catalogId: string, words: string, active: boolean) {
  const [state, setState] = useState<SearchState>({ status: 'idle', items: [] });
  useEffect(() => {
    if (!active || catalogId === '') return;
    let current = true;
    setState((previous) => ({ status: 'loading', items: previous.items }));
    host.searchCatalog(catalogId, words).then(
      (items) => current && setState({ status: 'idle', items }),
      () => current && setState({ status: 'failed', items: [] }),
    );
    return () => {
      current = false;
    };
  }, [host, catalogId, words, active]);
  return state;
}

/** catalog fields: the app's server-searched select over the host's catalog search, storing `{ id, label }`. */
export function CatalogLookupField(props: RendererFieldProps) {
  const { schema, formData, onChange, fieldPathId, registry, disabled, readonly, rawErrors } = props;
  const { host, lang } = registry.formContext;
  const t = formTranslate(lang);
  const id = fieldPathId.$id;
  const catalogId = typeof schema['x-catalog'] === 'string' ? schema['x-catalog'] : '';
  const ref = catalogRefOf(formData);
  const picked = ref ? { value: ref.id, label: ref.label } : null;
  const [search, setSearch] = useState(picked?.label ?? '');
  const [open, setOpen] = useState(false);
  const words = useSearchWords(search, picked, 200);
  const found = useCatalogSearch(host, catalogId, words, open);
  const options = found.items.map((item) => ({ value: item.id, label: item.label }));
  return (
    <SearchSelect
      id={id}
      picked={picked}
      onPick={(option) =>
        onChange(option ? { id: option.value, label: option.label } : undefined, fieldPathId.path)
      }
      search={search}
      onSearch={setSearch}
      answer={{
        options,
        total: options.length,
        loading: found.status === 'loading',
        failed: found.status === 'failed',
      }}
      texts={{
        searching: t('formRenderer.catalog.searching'),
        noneFound: t('formRenderer.catalog.nothing'),
        failed: t('formRenderer.catalog.failed'),
      }}
      onDropdownOpen={() => setOpen(true)}
      onDropdownClose={() => setOpen(false)}
      clearable={!readonly}
      placeholder={readonly ? '—' : t('formRenderer.catalog.placeholder')}
      // null, not undefined: a read-only record shows no dropdown chevron
      rightSection={readonly ? null : undefined}
      readOnly={readonly}
      disabled={disabled}
      error={(rawErrors?.length ?? 0) > 0}
      aria-describedby={describedBy(id, props, rawErrors)}
      data-testid={`form-input-${id}`}
    />
  );
}
