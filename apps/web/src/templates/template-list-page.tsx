import { EmptyState, Paper, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { productTypes } from '@nguon/domain';
import { IconSearch, IconTemplate } from '@tabler/icons-react';
import { useSearchParams } from 'react-router';
import { useLang } from '../i18n/lang-store';
import { foldedOptionsFilter } from '../ui/folded-options-filter';
import { PageHeader } from '../ui/page-header';
import { QueryState } from '../ui/query-state';
import { parseProductType } from './product-type-name';
import { useTemplateList } from './template-api';
import { TemplateCard } from './template-card';
import { useTemplateT } from './template-messages';

/** How long typing rests before the server is asked: one request per word, not per key. */
const searchWaitMs = 300;

function LibraryFilters({
  q,
  productType,
  onChange,
}: {
  q: string;
  productType: string | null;
  onChange: (name: 'q' | 'type', value: string | null) => void;
}) {
  const tt = useTemplateT();
  const lang = useLang();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mb="md">
      <TextInput
        size="md"
        leftSection={<IconSearch size={18} />}
        aria-label={tt('templates.search')}
        placeholder={tt('templates.searchPlaceholder')}
        value={q}
        onChange={(event) => onChange('q', event.currentTarget.value)}
        data-testid="template-search"
      />
      <Select
        size="md"
        aria-label={tt('templates.productType')}
        placeholder={tt('templates.allProductTypes')}
        clearable
        searchable
        filter={foldedOptionsFilter}
        data={productTypes.map((type) => ({ value: type.id, label: type[lang] }))}
        value={productType}
        onChange={(value) => onChange('type', value)}
        data-testid="template-product-type"
      />
    </SimpleGrid>
  );
}

/** `/templates`: the library, searched on the server as the owner types, filtered by product type. */
export function TemplateListPage() {
  const tt = useTemplateT();
  // the filters live in the address, so "back" from a preview returns to the same search
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const productType = parseProductType(params.get('type'));
  const [settledQ] = useDebouncedValue(q, searchWaitMs);
  const list = useTemplateList({ q: settledQ, productType });
  const items = list.data?.items;
  const filtered = q.trim() !== '' || productType !== null;
  const change = (name: 'q' | 'type', value: string | null) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  return (
    <>
      <PageHeader title={tt('templates.title')} description={tt('templates.intro')} />
      <LibraryFilters q={q} productType={productType} onChange={change} />
      <QueryState isPending={list.isPending} error={list.error} onRetry={() => list.refetch()} />
      {items &&
        (items.length === 0 ? (
          <Paper withBorder radius="lg" p={{ base: 'md', sm: 'xl' }} data-testid="templates-empty">
            <EmptyState
              variant="light"
              color="earth"
              icon={<IconTemplate size={32} />}
              title={tt('templates.emptyTitle')}
              description={tt(filtered ? 'templates.emptySearch' : 'templates.emptyLibrary')}
            />
          </Paper>
        ) : (
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" data-testid="template-list">
              {items.map((template) => (
                <TemplateCard key={template.id} template={template} />
              ))}
            </SimpleGrid>
          </Stack>
        ))}
    </>
  );
}
