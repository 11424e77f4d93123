import {
  ActionIcon,
  Group,
  Input,
  Paper,
  Pill,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useCatalogItems, useCatalogList } from '../catalogs/catalog-api';
import { useT } from '../i18n/use-t';
import { useLotList } from '../lots/lot-api';
import { useNameOf } from '../lots/lot-text';
import type { ChosenLot, RecallDraft } from './recall-draft';

interface SourceFieldsProps {
  draft: RecallDraft;
  change: (next: Partial<RecallDraft>) => void;
  lotsError?: string;
  itemError?: string;
  /** The chosen item's label when the form was opened from the item (its page may not hold it). */
  knownItemLabel?: string;
}

/** Seed lots: search by code, add with a button (no hover), remove with the pill's cross. */
function LotPicker({ draft, change, lotsError }: SourceFieldsProps) {
  const t = useT();
  const nameOf = useNameOf();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const found = useLotList({ ...(q ? { q } : {}), pageSize: '10' });
  const chosen = new Set(draft.lots.map((lot) => lot.id));
  const add = (lot: ChosenLot) => change({ lots: [...draft.lots, { id: lot.id, code: lot.code }] });
  return (
    <Input.Wrapper label={t('recalls.form.lots')} description={t('recalls.form.lotsHint')} error={lotsError}>
      <Stack gap="xs" mt={4}>
        {draft.lots.length > 0 && (
          <Pill.Group data-testid="recall-chosen-lots">
            {draft.lots.map((lot) => (
              <Pill
                key={lot.id}
                size="lg"
                withRemoveButton
                onRemove={() => change({ lots: draft.lots.filter((other) => other.id !== lot.id) })}
              >
                {lot.code}
              </Pill>
            ))}
          </Pill.Group>
        )}
        <TextInput
          leftSection={<IconSearch size={18} />}
          aria-label={t('lots.searchCode')}
          placeholder={t('lots.searchCode')}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          data-testid="recall-lot-search"
        />
        {(found.data?.items ?? [])
          .filter((lot) => !chosen.has(lot.id))
          .map((lot) => (
            <Paper key={lot.id} withBorder radius="md" px="sm" py={4}>
              <Group justify="space-between" wrap="nowrap">
                <Text size="sm">
                  <b>{lot.code}</b> · {nameOf(lot.productName)}
                </Text>
                <ActionIcon
                  size={44}
                  variant="light"
                  aria-label={lot.code}
                  onClick={() => add(lot)}
                  data-testid={`recall-add-lot-${lot.code}`}
                >
                  <IconPlus size={20} />
                </ActionIcon>
              </Group>
            </Paper>
          ))}
      </Stack>
    </Input.Wrapper>
  );
}

/** A catalog, then one of its items: every lot whose records name it becomes a seed. */
function ItemPicker({ draft, change, itemError, knownItemLabel }: SourceFieldsProps) {
  const t = useT();
  const nameOf = useNameOf();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const catalogs = useCatalogList(false);
  const items = useCatalogItems(draft.catalogId ?? '', { ...(q ? { q } : {}), pageSize: '20' });
  const itemOptions = (draft.catalogId ? (items.data?.items ?? []) : []).map((item) => ({
    value: item.id,
    label: item.label,
  }));
  if (draft.itemId && knownItemLabel && !itemOptions.some((option) => option.value === draft.itemId))
    itemOptions.unshift({ value: draft.itemId, label: knownItemLabel });
  return (
    <Stack gap="sm">
      <Select
        label={t('recalls.form.catalog')}
        data={(catalogs.data?.items ?? []).map((catalog) => ({
          value: catalog.id,
          label: nameOf(catalog.name),
        }))}
        value={draft.catalogId}
        onChange={(catalogId) => change({ catalogId, itemId: null })}
        data-testid="recall-catalog"
      />
      <Select
        label={t('recalls.form.item')}
        description={t('recalls.form.itemHint')}
        searchable
        searchValue={search}
        onSearchChange={setSearch}
        disabled={!draft.catalogId}
        data={itemOptions}
        value={draft.itemId}
        onChange={(itemId) => change({ itemId })}
        error={itemError}
        data-testid="recall-item"
      />
    </Stack>
  );
}

/** Where the recall starts: chosen lots or a catalog item. */
export function RecallSourceFields(props: SourceFieldsProps) {
  const t = useT();
  const { draft, change } = props;
  return (
    <Stack gap="sm">
      <Input.Wrapper label={t('recalls.form.source')}>
        <SegmentedControl
          fullWidth
          size="md"
          mt={4}
          value={draft.sourceKind}
          data={[
            { value: 'lots', label: t('recalls.form.sourceLots') },
            { value: 'catalogItem', label: t('recalls.form.sourceItem') },
          ]}
          onChange={(value) => change({ sourceKind: value === 'lots' ? 'lots' : 'catalogItem' })}
          data-testid="recall-source"
        />
      </Input.Wrapper>
      {draft.sourceKind === 'lots' ? <LotPicker {...props} /> : <ItemPicker {...props} />}
    </Stack>
  );
}
