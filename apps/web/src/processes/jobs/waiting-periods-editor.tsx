import {
  ActionIcon,
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core';
import { type ProcessDefinition, stageJobs, type WaitingBreachMode, type WaitingPeriod } from '@nguon/domain';
import { pickText } from '@nguon/forms';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useLang } from '../../i18n/lang-store';
import { useT } from '../../i18n/use-t';
import { numberFields } from './job-form-fields';
import { jobDisplayName, stageDisplayName } from './job-names';

interface WaitingPeriodsEditorProps {
  periods: readonly WaitingPeriod[];
  definition: ProcessDefinition;
  readOnly: boolean;
  onChange: (periods: WaitingPeriod[]) => void;
}

/** Every job of the process with its stage, in stage then job order: the choices of a waiting period. */
export function processJobs(definition: ProcessDefinition) {
  return definition.stages.flatMap((stage) => stageJobs(stage).map((job) => ({ stage, job })));
}

// Mantine's Select needs a string for "none"; a field key never starts with an underscore.
const none = '_none';
const maxDays = 3650;

type JobChoice = {
  value: string;
  label: string;
  jobName: string;
  numberFields: { value: string; label: string }[];
};

/** Every job of the process as "Stage — Job", with its form's number fields. */
function useJobChoices(definition: ProcessDefinition): JobChoice[] {
  const lang = useLang();
  return useMemo(
    () =>
      processJobs(definition).map(({ stage, job }) => ({
        value: job.id,
        label: `${stageDisplayName(stage, lang)} — ${jobDisplayName(job, lang)}`,
        jobName: jobDisplayName(job, lang),
        numberFields: numberFields(job.form).map((field) => ({
          value: field.key,
          label: pickText(field.label, lang) || field.key,
        })),
      })),
    [definition, lang],
  );
}

/** The period in plain words, e.g. "Không sớm hơn 7 ngày sau lần Phun thuốc gần nhất (hoặc …)". */
function PeriodSentence({ period, choice }: { period: WaitingPeriod; choice: JobChoice | undefined }) {
  const t = useT();
  const job = choice?.jobName ?? t('designer.wait.removedJob');
  const field = choice?.numberFields.find((candidate) => candidate.value === period.fieldKey)?.label;
  const values = { days: period.days, job, field: field ?? period.fieldKey ?? '' };
  return (
    <Text size="sm" fw={500} data-testid="waiting-sentence">
      {t(period.fieldKey ? 'designer.wait.sentenceField' : 'designer.wait.sentence', values)}
    </Text>
  );
}

interface PeriodRowProps {
  period: WaitingPeriod;
  index: number;
  choices: JobChoice[];
  readOnly: boolean;
  onChange: (period: WaitingPeriod) => void;
  onRemove: () => void;
}

function PeriodRow({ period, index, choices, readOnly, onChange, onRemove }: PeriodRowProps) {
  const t = useT();
  const choice = choices.find((candidate) => candidate.value === period.afterJobId);
  const jobData = choice
    ? choices
    : [...choices, { value: period.afterJobId, label: t('designer.wait.removedJob') }];
  const fields = choice?.numberFields ?? [];
  const fieldData = [{ value: none, label: t('designer.wait.fieldNone') }, ...fields];
  if (period.fieldKey && !fields.some((field) => field.value === period.fieldKey))
    fieldData.push({ value: period.fieldKey, label: period.fieldKey });
  const breach = (value: string | null): WaitingBreachMode => (value === 'warn' ? 'warn' : 'refuse');
  return (
    <Paper withBorder p="xs" radius="sm" data-testid={`waiting-period-${index}`}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start" gap={4}>
          <PeriodSentence period={period} choice={choice} />
          {!readOnly && (
            <ActionIcon
              variant="subtle"
              color="red"
              size={40}
              onClick={onRemove}
              aria-label={t('designer.wait.remove')}
              data-testid="waiting-remove"
            >
              <IconTrash size={18} />
            </ActionIcon>
          )}
        </Group>
        <Select
          label={t('designer.wait.afterJob')}
          data={jobData}
          value={period.afterJobId}
          onChange={(afterJobId) => afterJobId && onChange({ ...period, afterJobId, fieldKey: null })}
          allowDeselect={false}
          searchable
          disabled={readOnly}
          data-testid="waiting-job"
        />
        <Select
          label={t('designer.wait.field')}
          data={fieldData}
          value={period.fieldKey ?? none}
          onChange={(value) => onChange({ ...period, fieldKey: value && value !== none ? value : null })}
          allowDeselect={false}
          disabled={readOnly}
          data-testid="waiting-field"
        />
        <SimpleGrid cols={2} spacing="xs">
          <NumberInput
            label={t('designer.wait.days')}
            value={period.days}
            min={0}
            max={maxDays}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="strict"
            onChange={(value) => onChange({ ...period, days: typeof value === 'number' ? value : 0 })}
            disabled={readOnly}
            data-testid="waiting-days"
          />
          <Select
            label={t('designer.wait.onBreach')}
            data={[
              { value: 'refuse', label: t('designer.wait.refuse') },
              { value: 'warn', label: t('designer.wait.warn') },
            ]}
            value={period.onBreach}
            onChange={(value) => onChange({ ...period, onBreach: breach(value) })}
            allowDeselect={false}
            disabled={readOnly}
            data-testid="waiting-breach"
          />
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}

/** Waiting periods of a job or of a stage without jobs: after which job, how many days, refuse or warn. */
export function WaitingPeriodsEditor({ periods, definition, readOnly, onChange }: WaitingPeriodsEditorProps) {
  const t = useT();
  const choices = useJobChoices(definition);
  const first = choices[0];
  const replace = (index: number, period: WaitingPeriod) =>
    onChange(periods.map((candidate, i) => (i === index ? period : candidate)));
  return (
    <Stack gap="xs" data-testid="waiting-periods">
      <div>
        <Text size="sm" fw={500}>
          {t('designer.wait.title')}
        </Text>
        <Text size="xs" c="dimmed">
          {first ? t('designer.wait.hint') : t('designer.wait.noJobs')}
        </Text>
      </div>
      {periods.map((period, index) => (
        <PeriodRow
          // periods have no id; their place is their identity while the panel is open
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          key={index}
          period={period}
          index={index}
          choices={choices}
          readOnly={readOnly}
          onChange={(next) => replace(index, next)}
          onRemove={() => onChange(periods.filter((_, i) => i !== index))}
        />
      ))}
      {!readOnly && first && (
        <Button
          variant="light"
          leftSection={<IconPlus size={16} />}
          onClick={() =>
            onChange([...periods, { afterJobId: first.value, days: 7, fieldKey: null, onBreach: 'refuse' }])
          }
          style={{ alignSelf: 'flex-start' }}
          data-testid="waiting-add"
        >
          {t('designer.wait.add')}
        </Button>
      )}
    </Stack>
  );
}
