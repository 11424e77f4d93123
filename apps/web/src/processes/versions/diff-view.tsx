import { Badge, Card, Group, Stack, Table, Text } from '@mantine/core';
import type { ProcessDiffView } from '@nguon/contracts/client';
import { useLang } from '../../i18n/lang-store';
import { type Translate, useT } from '../../i18n/use-t';
import { changeColors, diffCounts, formatDiffValue, parseStageChange } from './diff-format';

type DiffStage = ProcessDiffView['stages'][number];
type DiffChangeRow = DiffStage['stageChanges'][number];

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
  const words = { yes: t('designer.yes'), no: t('designer.no'), none: t('designer.none') };
  return (value: unknown) => formatDiffValue(value, lang, words);
}

function ChangeBadge({ change }: { change: string }) {
  const t = useT();
  const kind = parseStageChange(change);
  return (
    <Badge color={changeColors[kind]} variant="light">
      {t(`designer.change.${kind}`)}
    </Badge>
  );
}

function ChangeList({ changes }: { changes: readonly DiffChangeRow[] }) {
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

function StageDiff({ stage }: { stage: DiffStage }) {
  const t = useT();
  const lang = useLang();
  const change = parseStageChange(stage.change);
  const changedFields = stage.fields.filter((field) => field.change !== 'unchanged');
  return (
    <Card
      withBorder
      padding="sm"
      radius="md"
      style={{ borderLeft: `4px solid var(--mantine-color-${changeColors[change]}-6)` }}
    >
      <Group gap="xs" mb={changedFields.length > 0 || stage.stageChanges.length > 0 ? 'xs' : 0}>
        <ChangeBadge change={stage.change} />
        <Text fw={600}>{(lang === 'en' && stage.name.en) || stage.name.vi}</Text>
        <Text size="xs" c="dimmed" ff="monospace">
          {stage.key}
        </Text>
      </Group>
      {stage.stageChanges.length > 0 && <ChangeList changes={stage.stageChanges} />}
      {changedFields.length > 0 && (
        <Table.ScrollContainer minWidth={360} mt="xs">
          <Table withTableBorder verticalSpacing={4} fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('designer.diffField')}</Table.Th>
                <Table.Th>{t('designer.diffWhat')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {changedFields.map((field) => (
                <Table.Tr key={field.key}>
                  <Table.Td>
                    <Stack gap={2}>
                      <ChangeBadge change={field.change} />
                      <Text size="sm">
                        {(lang === 'en' && field.label.en) || field.label.vi || field.key}
                      </Text>
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
      )}
    </Card>
  );
}

/** What changed between two versions (or a version and the draft): stages, their fields, and arrows. */
export function DiffView({ diff }: { diff: ProcessDiffView }) {
  const t = useT();
  const counts = diffCounts(diff);
  const changed = diff.stages.filter((stage) => stage.change !== 'unchanged');
  const edges = [
    ...diff.edges.added.map((edge) => ({ ...edge, change: 'added' })),
    ...diff.edges.removed.map((edge) => ({ ...edge, change: 'removed' })),
  ];
  return (
    <Stack gap="sm" data-testid="diff-view">
      <Text size="sm">{t('designer.diffSummary', { ...counts })}</Text>
      {changed.length === 0 && edges.length === 0 && <Text c="dimmed">{t('designer.diffNone')}</Text>}
      {changed.map((stage) => (
        <StageDiff key={stage.key} stage={stage} />
      ))}
      {edges.length > 0 && (
        <Stack gap={4}>
          <Text fw={600} size="sm">
            {t('designer.diffEdges')}
          </Text>
          {edges.map((edge) => (
            <Group gap="xs" key={`${edge.change}:${edge.source}>${edge.target}`}>
              <ChangeBadge change={edge.change} />
              <Text size="sm" ff="monospace">
                {edge.source} → {edge.target}
              </Text>
            </Group>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
