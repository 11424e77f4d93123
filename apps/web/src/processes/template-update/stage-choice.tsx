import { Alert, Badge, Checkbox, Group, Stack, Text } from '@mantine/core';
import type { ProcessDiffView, TemplateStageChangeView } from '@nguon/contracts/client';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useLang } from '../../i18n/lang-store';
import { useT } from '../../i18n/use-t';
import { StageDiff } from '../versions/diff-view';
import { chosenStageKeys, preselectedStageKeys } from './template-stage-choice';

interface StageChoiceProps {
  stage: TemplateStageChangeView;
  diff: ProcessDiffView['stages'][number] | undefined;
  checked: boolean;
  onToggle: (checked: boolean) => void;
}

/**
 * One changed stage of a newer template version: a checkbox to take it, the warning when it was edited here,
 * and its diff. Shared by the owners' process update and the experts' draft update.
 */
export function StageChoice({ stage, diff, checked, onToggle }: StageChoiceProps) {
  const t = useT();
  const lang = useLang();
  const label = diff ? (lang === 'en' && diff.name.en) || diff.name.vi : stage.key;
  return (
    <Stack gap={6} data-testid={`template-stage-${stage.key}`}>
      <Group gap="xs" justify="space-between">
        <Checkbox
          size="md"
          label={label}
          checked={checked && !stage.taken}
          disabled={stage.taken}
          onChange={(event) => onToggle(event.currentTarget.checked)}
          data-testid={`template-stage-check-${stage.key}`}
        />
        {stage.taken && (
          <Badge color="leaf" variant="light">
            {t('templateUpdate.taken')}
          </Badge>
        )}
      </Group>
      {stage.editedHere && !stage.taken && (
        <Alert color="orange" icon={<IconAlertTriangle size={18} />} p="xs">
          <Text size="sm">{t('templateUpdate.editedHere')}</Text>
        </Alert>
      )}
      {diff && <StageDiff stage={diff} />}
    </Stack>
  );
}

/** Every changed stage with its checkbox, in the update's order. */
export function StageChoices({
  stages,
  diff,
  chosen,
  onToggle,
}: {
  stages: readonly TemplateStageChangeView[];
  diff: ProcessDiffView;
  chosen: ReadonlySet<string>;
  onToggle: (key: string, on: boolean) => void;
}) {
  return stages.map((stage) => (
    <StageChoice
      key={stage.key}
      stage={stage}
      diff={diff.stages.find((changed) => changed.key === stage.key)}
      checked={chosen.has(stage.key)}
      onToggle={(on) => onToggle(stage.key, on)}
    />
  ));
}

/** A set of chosen keys, started from what is offered pre-checked, toggled one key at a time. */
export function useChosenKeys(initial: () => Set<string>) {
  const [chosen, setChosen] = useState(initial);
  const toggle = (key: string, on: boolean) =>
    setChosen((before) => {
      const next = new Set(before);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  return { chosen, toggle };
}

/** The stages chosen among an update's, pre-checked like the owners' (not taken, not edited here). */
export function useStageChoice(stages: readonly TemplateStageChangeView[]) {
  const { chosen, toggle } = useChosenKeys(() => preselectedStageKeys(stages));
  return { chosen, toggle, stageKeys: chosenStageKeys(stages, chosen) };
}
