import { Badge, Stack, Table, Text } from '@mantine/core';
import type { ProcessDiffView } from '@nguon/contracts/client';
import { createContext, use } from 'react';
import { useLang } from '../../i18n/lang-store';
import { type Translate, useT } from '../../i18n/use-t';
import { changeColors, formatDiffValue, isWaitingPeriodList, parseStageChange } from './diff-format';

type DiffStage = ProcessDiffView['stages'][number];
export type DiffChangeRow = DiffStage['stageChanges'][number];
export type DiffFieldRow = DiffStage['fields'][number];

/** Job names by id, of the draft: waiting periods in a diff name the job they wait after. */
export const DiffJobNames = createContext<ReadonlyMap<string, string>>(new Map());

const knownProperties = [
  'name',
  'key',
  'kind',
  'start',
  'repeatable',
  'businessStep',
  'yieldRange',
  'lotQuantityField',
  'bindsLabels',
  'closeWhenFollowed',
  'waitingPeriods',
  'minCount',
  'label',
  'type',
  'required',
  'public',
] as const;

function propertyLabel(property: string, t: Translate): string {
  const known = knownProperties.find((candidate) => candidate === property);
  return known ? t(`designer.prop.${known}`) : property;
}

function useValueText() {
  const t = useT();
  const lang = useLang();
  const jobNames = use(DiffJobNames);
  const words = { yes: t('designer.yes'), no: t('designer.no'), none: t('designer.none') };
  return (value: unknown) => {
    if (!isWaitingPeriodList(value) || value.length === 0) return formatDiffValue(value, lang, words);
    return value
      .map((period) => {
        const job = jobNames.get(period.afterJobId) ?? t('designer.wait.removedJob');
        return t('designer.wait.sentence', { days: period.days, job });
      })
      .join('; ');
  };
}

export function ChangeBadge({ change }: { change: string }) {
  const t = useT();
  const kind = parseStageChange(change);
  return (
    <Badge color={changeColors[kind]} variant="light">
      {t(`designer.change.${kind}`)}
    </Badge>
  );
}

export function ChangeList({ changes }: { changes: readonly DiffChangeRow[] }) {
  const t = useT();
  const text = useValueText();
  return (
    <Stack gap={2}>
      {changes.map((change) => (
        <Text size="sm" key={change.property}>
          <b>{propertyLabel(change.property, t)}</b>: {text(change.before)} → {text(change.after)}
        </Text>
      ))}
    </Stack>
  );
}

/** The fields of a stage's (or a job's) form that differ. */
export function FieldsTable({ fields }: { fields: readonly DiffFieldRow[] }) {
  const t = useT();
  const lang = useLang();
  return (
    <Table.ScrollContainer minWidth={360} mt="xs">
      <Table withTableBorder verticalSpacing={4} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('designer.diffField')}</Table.Th>
            <Table.Th>{t('designer.diffWhat')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {fields.map((field) => (
            <Table.Tr key={field.key}>
              <Table.Td>
                <Stack gap={2}>
                  <ChangeBadge change={field.change} />
                  <Text size="sm">{(lang === 'en' && field.label.en) || field.label.vi || field.key}</Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                <ChangeList changes={field.changes} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
