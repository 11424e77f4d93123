import { Select, Stack, Switch, TextInput } from '@mantine/core';
import {
  type ProcessDefinition,
  type ProcessStage,
  type StageKind,
  stageJobs,
  stageKinds,
} from '@nguon/domain';
import { useT } from '../../i18n/use-t';
import { renameStage, type StagePatch } from '../editing/definition-edits';
import { LazyWaitingPeriodsEditor } from '../jobs/lazy-jobs';
import { BusinessStepSelect } from './business-step-select';
import { LotQuantitySelect } from './lot-quantity-select';
import { StageKeyInput } from './stage-key-input';
import { YieldRangeInputs } from './yield-range-inputs';

interface StagePropertiesProps {
  stage: ProcessStage;
  definition: ProcessDefinition;
  readOnly: boolean;
  /** A published stage: its key stays when the name changes. */
  keyFrozen: boolean;
  /** `field` names the input, so typing in it is one undo step. */
  onChange: (patch: StagePatch, field: string) => void;
}

// the contract's limit; longer than the domain's 120 is reported as a problem, not cut off
const nameLimit = 200;

const parseKind = (value: string | null): StageKind | undefined => stageKinds.find((kind) => kind === value);

/** Name, key, kind, start, repeatable, business step, the lot quantity field (ordinary stages), label binding (not transformations) and yield (transformations). */
export function StageProperties({ stage, definition, readOnly, keyFrozen, onChange }: StagePropertiesProps) {
  const t = useT();
  // a stage with jobs is recorded through them: its own repeat, quantity and label settings are unused, and
  // shown only while set, so the owner can clear what the problems list flags
  const hasJobs = (stage.jobs ?? []).length > 0;
  const periods = stage.waitingPeriods ?? [];
  // shown while set even on a stage with jobs, where the problems list asks to move them to its jobs
  const offersWaiting =
    periods.length > 0 || (!hasJobs && definition.stages.some((other) => stageJobs(other).length > 0));
  return (
    <Stack gap="sm">
      <TextInput
        label={t('designer.stageNameVi')}
        required
        value={stage.name.vi}
        onChange={(event) =>
          onChange(renameStage(definition, stage, event.currentTarget.value, keyFrozen), 'name.vi')
        }
        error={stage.name.vi.trim() === '' ? t('common.required') : undefined}
        disabled={readOnly}
        maxLength={nameLimit}
        data-testid="stage-name-vi"
      />
      <TextInput
        label={t('designer.stageNameEn')}
        description={t('designer.nameEnHint')}
        value={stage.name.en}
        placeholder={stage.name.vi}
        onChange={(event) => onChange({ name: { ...stage.name, en: event.currentTarget.value } }, 'name.en')}
        disabled={readOnly}
        maxLength={nameLimit}
        data-testid="stage-name-en"
      />
      <StageKeyInput
        stage={stage}
        definition={definition}
        disabled={readOnly}
        onChange={(key) => onChange({ key }, 'key')}
      />
      <Select
        label={t('designer.stageKind')}
        description={t(`designer.kindHint.${stage.kind}`)}
        data={stageKinds.map((kind) => ({ value: kind, label: t(`designer.kind.${kind}`) }))}
        value={stage.kind}
        onChange={(value) => {
          const kind = parseKind(value);
          if (kind) onChange({ kind }, 'kind');
        }}
        allowDeselect={false}
        disabled={readOnly}
        data-testid="stage-kind"
      />
      <Switch
        label={t('designer.stageStart')}
        description={t('designer.stageStartHint')}
        checked={stage.start}
        onChange={(event) => onChange({ start: event.currentTarget.checked }, 'start')}
        disabled={readOnly}
        data-testid="stage-start"
      />
      {!hasJobs && (
        <Switch
          label={t('designer.stageRepeatable')}
          description={t('designer.stageRepeatableHint')}
          checked={stage.repeatable}
          onChange={(event) => onChange({ repeatable: event.currentTarget.checked }, 'repeatable')}
          disabled={readOnly}
          data-testid="stage-repeatable"
        />
      )}
      <BusinessStepSelect
        value={stage.businessStep}
        kind={stage.kind}
        disabled={readOnly}
        onChange={(businessStep) => onChange({ businessStep }, 'businessStep')}
        onKindSuggested={(kind) => onChange({ kind }, 'kind')}
      />
      {stage.kind === 'stage' && (!hasJobs || (stage.lotQuantityField ?? null) !== null) && (
        <LotQuantitySelect
          stage={stage}
          disabled={readOnly}
          onChange={(lotQuantityField) => onChange({ lotQuantityField }, 'lotQuantityField')}
        />
      )}
      {stage.kind !== 'transformation' && (!hasJobs || stage.bindsLabels === true) && (
        <Switch
          label={t('designer.bindsLabels')}
          description={t('designer.bindsLabelsHint')}
          checked={stage.bindsLabels ?? false}
          onChange={(event) => onChange({ bindsLabels: event.currentTarget.checked }, 'bindsLabels')}
          disabled={readOnly}
          data-testid="stage-binds-labels"
        />
      )}
      {stage.kind === 'transformation' && (
        <YieldRangeInputs
          value={stage.yieldRange ?? { minPercent: null, maxPercent: null }}
          disabled={readOnly}
          onChange={(yieldRange) => onChange({ yieldRange }, 'yieldRange')}
        />
      )}
      {offersWaiting && (
        <LazyWaitingPeriodsEditor
          periods={periods}
          definition={definition}
          readOnly={readOnly}
          onChange={(waitingPeriods) => onChange({ waitingPeriods }, 'waitingPeriods')}
        />
      )}
    </Stack>
  );
}
