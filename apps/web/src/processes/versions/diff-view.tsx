import { Card, Group, Stack, Text } from '@mantine/core';
import type { ProcessDiffView } from '@nguon/contracts/client';
import { useLang } from '../../i18n/lang-store';
import { useT } from '../../i18n/use-t';
import { changeColors, diffCounts, parseStageChange } from './diff-format';
import { ChangeBadge, ChangeList, FieldsTable } from './diff-parts';
import { JobDiffList } from './job-diff';

type DiffStage = ProcessDiffView['stages'][number];

/** One stage's changes: its properties, its fields and its jobs. */
export function StageDiff({ stage }: { stage: DiffStage }) {
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
      {changedFields.length > 0 && <FieldsTable fields={changedFields} />}
      {stage.jobs && <JobDiffList jobs={stage.jobs} />}
    </Card>
  );
}

/** Arrows added and removed between two versions. */
export function EdgeChanges({ edges }: { edges: ProcessDiffView['edges'] }) {
  const t = useT();
  const changes = [
    ...edges.added.map((edge) => ({ ...edge, change: 'added' })),
    ...edges.removed.map((edge) => ({ ...edge, change: 'removed' })),
  ];
  if (changes.length === 0) return null;
  return (
    <Stack gap={4}>
      <Text fw={600} size="sm">
        {t('designer.diffEdges')}
      </Text>
      {changes.map((edge) => (
        <Group gap="xs" key={`${edge.change}:${edge.source}>${edge.target}`}>
          <ChangeBadge change={edge.change} />
          <Text size="sm" ff="monospace">
            {edge.source} → {edge.target}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}

/** What changed between two versions (or a version and the draft): stages, their fields, and arrows. */
export function DiffView({ diff }: { diff: ProcessDiffView }) {
  const t = useT();
  const counts = diffCounts(diff);
  const changed = diff.stages.filter((stage) => stage.change !== 'unchanged');
  const noEdges = diff.edges.added.length === 0 && diff.edges.removed.length === 0;
  return (
    <Stack gap="sm" data-testid="diff-view">
      <Text size="sm">{t('designer.diffSummary', { ...counts })}</Text>
      {changed.length === 0 && noEdges && <Text c="dimmed">{t('designer.diffNone')}</Text>}
      {changed.map((stage) => (
        <StageDiff key={stage.key} stage={stage} />
      ))}
      <EdgeChanges edges={diff.edges} />
    </Stack>
  );
}
