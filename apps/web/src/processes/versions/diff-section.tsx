import { Group, Select, Stack, Switch, Title } from '@mantine/core';
import type { ProcessVersionSummary } from '@nguon/contracts/client';
import { useEffect } from 'react';
import { useT } from '../../i18n/use-t';
import { QueryState } from '../../ui/query-state';
import type { StageChange } from '../canvas/flow-elements';
import { useProcessDiff, type VersionRef } from '../designer-api';
import { stageChangesByKey } from './diff-format';
import { DiffView } from './diff-view';

export interface DiffChoice {
  from: VersionRef | null;
  to: VersionRef | null;
}

interface DiffSectionProps {
  processId: string;
  versions: readonly ProcessVersionSummary[];
  choice: DiffChoice;
  onChoice: (choice: DiffChoice) => void;
  draftRevision: number;
  highlightOn: boolean;
  onHighlightOn: (on: boolean) => void;
  /** The stage changes to colour on the canvas, or null for none; must be a stable function. */
  onChanges: (changes: ReadonlyMap<string, StageChange> | null) => void;
}

const refValue = (ref: VersionRef | null) => (ref === null ? null : String(ref));
const parseRef = (value: string | null): VersionRef | null =>
  value === 'draft' ? 'draft' : value && /^\d+$/.test(value) ? Number(value) : null;

/** Pick two versions (or a version and the draft) and see what changed, also coloured on the canvas. */
export function DiffSection(props: DiffSectionProps) {
  const { processId, versions, choice, onChoice, draftRevision, highlightOn, onChanges } = props;
  const t = useT();
  const diff = useProcessDiff(processId, choice.from, choice.to, draftRevision);
  const options = [
    { value: 'draft', label: t('designer.draft') },
    ...versions.map((version) => ({
      value: String(version.number),
      label: t('designer.versionN', { number: version.number }),
    })),
  ];
  useEffect(() => {
    onChanges(diff.data && highlightOn ? stageChangesByKey(diff.data) : null);
  }, [diff.data, highlightOn, onChanges]);
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t('designer.diffTitle')}
      </Title>
      <Group grow gap="xs">
        <Select
          label={t('designer.diffFrom')}
          data={options}
          value={refValue(choice.from)}
          onChange={(value) => onChoice({ ...choice, from: parseRef(value) })}
          allowDeselect={false}
          data-testid="diff-from"
        />
        <Select
          label={t('designer.diffTo')}
          data={options}
          value={refValue(choice.to)}
          onChange={(value) => onChoice({ ...choice, to: parseRef(value) })}
          allowDeselect={false}
          data-testid="diff-to"
        />
      </Group>
      <Switch
        label={t('designer.diffHighlight')}
        checked={highlightOn}
        onChange={(event) => props.onHighlightOn(event.currentTarget.checked)}
      />
      {choice.from !== null && choice.from === choice.to ? null : (
        <QueryState
          isPending={diff.isPending && diff.fetchStatus !== 'idle'}
          error={diff.error}
          onRetry={() => diff.refetch()}
        />
      )}
      {diff.data && <DiffView diff={diff.data} />}
    </Stack>
  );
}
