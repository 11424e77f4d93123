import { ActionIcon, TextInput, Tooltip } from '@mantine/core';
import {
  nextStageKey,
  type ProcessDefinition,
  type ProcessStage,
  stageKeyFromName,
  stageKeyPattern,
} from '@nguon/domain';
import { IconWand } from '@tabler/icons-react';
import { type Translate, useT } from '../../i18n/use-t';

/** Why a key cannot be used, or undefined: the pattern, then uniqueness in the process. */
export function stageKeyError(
  stage: ProcessStage,
  definition: ProcessDefinition,
  t: Translate,
): string | undefined {
  if (!stageKeyPattern.test(stage.key)) return t('designer.keyInvalid');
  const other = definition.stages.find(
    (candidate) => candidate.id !== stage.id && candidate.key === stage.key,
  );
  return other ? t('designer.keyTaken', { name: other.name.vi || other.key }) : undefined;
}

interface StageKeyInputProps {
  stage: ProcessStage;
  definition: ProcessDefinition;
  disabled: boolean;
  onChange: (key: string) => void;
}

/** The stage key records and exports use, checked as it is typed; the wand makes it from the name. */
export function StageKeyInput({ stage, definition, disabled, onChange }: StageKeyInputProps) {
  const t = useT();
  const fromName = () => {
    const others = definition.stages
      .filter((candidate) => candidate.id !== stage.id)
      .map((candidate) => candidate.key);
    onChange(nextStageKey(others, stageKeyFromName(stage.name.vi)));
  };
  return (
    <TextInput
      label={t('designer.stageKey')}
      description={t('designer.stageKeyHint')}
      value={stage.key}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={stageKeyError(stage, definition, t)}
      disabled={disabled}
      autoComplete="off"
      spellCheck={false}
      maxLength={64}
      rightSection={
        !disabled && (
          <Tooltip label={t('designer.keyFromName')}>
            <ActionIcon variant="subtle" onClick={fromName} aria-label={t('designer.keyFromName')}>
              <IconWand size={18} />
            </ActionIcon>
          </Tooltip>
        )
      }
      data-testid="stage-key"
    />
  );
}
