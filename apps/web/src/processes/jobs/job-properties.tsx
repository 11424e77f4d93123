import { Input, NumberInput, SegmentedControl, Stack, TextInput } from '@mantine/core';
import { type ProcessDefinition, type ProcessStage, type StageJob, stageKeyPattern } from '@nguon/domain';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/use-t';
import type { JobPatch } from '../editing/job-edits';
import { renameJob } from './rename-job';
import { WaitingPeriodsEditor } from './waiting-periods-editor';

interface JobPropertiesProps {
  stage: ProcessStage;
  job: StageJob;
  definition: ProcessDefinition;
  readOnly: boolean;
  /** The job is in a published version: its key no longer follows its name. */
  keyFrozen: boolean;
  /** `field` names the input, so typing in it is one undo step. */
  onChange: (patch: JobPatch, field: string) => void;
  /** The business step picker, the stages' own (given, so this lazily loaded editor shares it). */
  businessStep: ReactNode;
}

const nameLimit = 200;

function useKeyError(stage: ProcessStage, job: StageJob): string | undefined {
  const t = useT();
  if (!stageKeyPattern.test(job.key)) return t('designer.keyInvalid');
  const other = stage.jobs?.find((candidate) => candidate.id !== job.id && candidate.key === job.key);
  return other ? t('designer.jobs.keyTaken', { name: other.name.vi || other.key }) : undefined;
}

/** Two choices side by side, large enough to tap: once/repeatable, required/optional. */
function Choice(props: {
  label: string;
  value: boolean;
  yes: string;
  no: string;
  disabled: boolean;
  testId: string;
  onChange: (value: boolean) => void;
}) {
  return (
    <Input.Wrapper label={props.label}>
      <SegmentedControl
        fullWidth
        value={props.value ? 'yes' : 'no'}
        data={[
          { value: 'no', label: props.no },
          { value: 'yes', label: props.yes },
        ]}
        onChange={(value) => props.onChange(value === 'yes')}
        disabled={props.disabled}
        data-testid={props.testId}
      />
    </Input.Wrapper>
  );
}

/** Name, key, how often and whether it is needed, business step and waiting periods of one job. */
export function JobProperties(props: JobPropertiesProps) {
  const { stage, job, definition, readOnly, keyFrozen, onChange } = props;
  const t = useT();
  const keyError = useKeyError(stage, job);
  return (
    <Stack gap="sm">
      <TextInput
        label={t('designer.jobs.nameVi')}
        required
        value={job.name.vi}
        onChange={(event) => onChange(renameJob(stage, job, event.currentTarget.value, keyFrozen), 'name.vi')}
        error={job.name.vi.trim() === '' ? t('common.required') : undefined}
        disabled={readOnly}
        maxLength={nameLimit}
        data-testid="job-name-vi"
      />
      <TextInput
        label={t('designer.jobs.nameEn')}
        description={t('designer.nameEnHint')}
        value={job.name.en}
        placeholder={job.name.vi}
        onChange={(event) => onChange({ name: { ...job.name, en: event.currentTarget.value } }, 'name.en')}
        disabled={readOnly}
        maxLength={nameLimit}
        data-testid="job-name-en"
      />
      <TextInput
        label={t('designer.jobs.key')}
        description={t('designer.jobs.keyHint')}
        value={job.key}
        onChange={(event) => onChange({ key: event.currentTarget.value }, 'key')}
        error={keyError}
        disabled={readOnly}
        autoComplete="off"
        spellCheck={false}
        maxLength={64}
        data-testid="job-key"
      />
      <Choice
        label={t('designer.jobs.frequency')}
        value={job.repeatable}
        no={t('designer.jobs.once')}
        yes={t('designer.jobs.repeatable')}
        disabled={readOnly}
        testId="job-repeatable"
        onChange={(repeatable) => onChange({ repeatable }, 'repeatable')}
      />
      <Choice
        label={t('designer.jobs.need')}
        value={job.required}
        yes={t('designer.jobs.required')}
        no={t('designer.jobs.optional')}
        disabled={readOnly}
        testId="job-required"
        onChange={(required) => onChange({ required }, 'required')}
      />
      {job.required && job.repeatable && (
        <NumberInput
          label={t('designer.jobs.minCount')}
          description={t('designer.jobs.minCountHint')}
          value={job.minCount ?? 1}
          min={1}
          max={1000}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="strict"
          onChange={(value) =>
            onChange({ minCount: typeof value === 'number' && value > 1 ? value : null }, 'minCount')
          }
          disabled={readOnly}
          data-testid="job-min-count"
        />
      )}
      {props.businessStep}
      <WaitingPeriodsEditor
        periods={job.waitingPeriods ?? []}
        definition={definition}
        readOnly={readOnly}
        onChange={(waitingPeriods) => onChange({ waitingPeriods }, 'waitingPeriods')}
      />
    </Stack>
  );
}
