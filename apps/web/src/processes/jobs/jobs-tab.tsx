import { ActionIcon, Button, Group, Paper, Stack, Switch, Text, TextInput } from '@mantine/core';
import type { ProcessStage, StageJob } from '@nguon/domain';
import { IconArrowDown, IconArrowUp, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useLang } from '../../i18n/lang-store';
import { useT } from '../../i18n/use-t';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import type { DesignerCommands } from '../editing/designer-commands';
import { topLevelFields } from './job-form-fields';
import { jobDisplayName } from './job-names';

interface JobsTabProps {
  stage: ProcessStage;
  readOnly: boolean;
  commands: DesignerCommands;
  onOpenJob: (jobId: string) => void;
}

interface JobRowProps {
  job: StageJob;
  index: number;
  count: number;
  readOnly: boolean;
  onMove: (step: -1 | 1) => void;
  onOpen: () => void;
  onRemove: () => void;
}

function JobRow({ job, index, count, readOnly, onMove, onOpen, onRemove }: JobRowProps) {
  const t = useT();
  const lang = useLang();
  const name = jobDisplayName(job, lang);
  const fields = topLevelFields(job.form).length;
  const tool = (
    label: string,
    icon: React.ReactNode,
    onClick: () => void,
    testId: string,
    disabled = false,
    moves = false,
  ) => (
    <ActionIcon
      data-job-move={moves ? job.id : undefined}
      variant="subtle"
      color="gray"
      size={40}
      onClick={onClick}
      aria-label={label}
      disabled={disabled}
      data-testid={testId}
    >
      {icon}
    </ActionIcon>
  );
  return (
    <Paper withBorder p={6} radius="sm" component="li" data-testid={`job-row-${job.key}`}>
      <Group gap={4} wrap="nowrap">
        <button type="button" className="designer-job-open" onClick={onOpen}>
          <Text size="sm" fw={500} truncate>
            {name}
          </Text>
          <Text size="xs" c="dimmed">
            {[
              job.repeatable ? t('designer.jobs.repeatable') : t('designer.jobs.once'),
              job.required ? t('designer.jobs.required') : t('designer.jobs.optional'),
              t('designer.jobs.fields', { count: fields }),
            ].join(' · ')}
          </Text>
        </button>
        {!readOnly && (
          <>
            {tool(
              t('designer.jobs.moveUp', { name }),
              <IconArrowUp size={18} />,
              () => onMove(-1),
              `job-up-${job.key}`,
              index === 0,
              true,
            )}
            {tool(
              t('designer.jobs.moveDown', { name }),
              <IconArrowDown size={18} />,
              () => onMove(1),
              `job-down-${job.key}`,
              index === count - 1,
              true,
            )}
          </>
        )}
        {tool(t('designer.jobs.open', { name }), <IconPencil size={18} />, onOpen, `job-open-${job.key}`)}
        {!readOnly &&
          tool(
            t('designer.jobs.remove', { name }),
            <IconTrash size={18} />,
            onRemove,
            `job-remove-${job.key}`,
          )}
      </Group>
    </Paper>
  );
}

/**
 * Keeps the keyboard on the moved job's arrow (or the other one once it reached an end): the row moved in the
 * list, which drops the focus of the button pressed.
 */
function keepMoveFocus(jobId: string, step: -1 | 1) {
  requestAnimationFrame(() => {
    const buttons = [...document.querySelectorAll<HTMLButtonElement>(`[data-job-move="${jobId}"]`)];
    const [up, down] = buttons;
    const wanted = step < 0 ? up : down;
    (wanted && !wanted.disabled ? wanted : step < 0 ? down : up)?.focus();
  });
}

/** The name of a new job, added with Enter or the button; the new job opens. */
function AddJobForm({ onAdd }: { onAdd: (nameVi: string) => void }) {
  const t = useT();
  const [name, setName] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') return;
    onAdd(name.trim());
    setName('');
  };
  return (
    <form onSubmit={submit}>
      <Stack gap="xs">
        <TextInput
          label={t('designer.jobs.nameVi')}
          placeholder={t('designer.jobs.newName')}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          maxLength={200}
          data-testid="job-new-name"
        />
        <Button
          type="submit"
          variant="light"
          leftSection={<IconPlus size={16} />}
          disabled={name.trim() === ''}
          style={{ alignSelf: 'flex-start' }}
          data-testid="job-add"
        >
          {t('designer.jobs.add')}
        </Button>
      </Stack>
    </form>
  );
}

/** A stage's jobs: add, reorder, open, remove (asking when the job has fields), and how the stage closes. */
export function JobsTab({ stage, readOnly, commands, onOpenJob }: JobsTabProps) {
  const t = useT();
  const [removing, setRemoving] = useState<StageJob | null>(null);
  const jobs = stage.jobs ?? [];
  const remove = (job: StageJob) =>
    topLevelFields(job.form).length > 0 ? setRemoving(job) : commands.removeJob(stage.id, job.id);
  return (
    <Stack gap="sm" data-testid="stage-jobs">
      <Text size="sm" c="dimmed">
        {t('designer.jobs.intro')}
      </Text>
      {jobs.length === 0 ? (
        <Text size="sm">{t('designer.jobs.empty')}</Text>
      ) : (
        <Stack
          component="ol"
          gap={6}
          p={0}
          m={0}
          aria-label={t('designer.jobs.list')}
          style={{ listStyle: 'none' }}
        >
          {jobs.map((job, index) => (
            <JobRow
              key={job.id}
              job={job}
              index={index}
              count={jobs.length}
              readOnly={readOnly}
              onMove={(step) => {
                commands.moveJob(stage.id, job.id, step);
                keepMoveFocus(job.id, step);
              }}
              onOpen={() => onOpenJob(job.id)}
              onRemove={() => remove(job)}
            />
          ))}
        </Stack>
      )}
      {!readOnly && (
        <AddJobForm
          onAdd={(nameVi) => {
            const id = commands.addJob(stage.id, nameVi);
            if (id) onOpenJob(id);
          }}
        />
      )}
      {jobs.length > 0 && (
        <Switch
          label={t('designer.jobs.closeWhenFollowed')}
          description={t('designer.jobs.closeWhenFollowedHint')}
          checked={stage.closeWhenFollowed ?? false}
          onChange={(event) =>
            commands.updateStage(
              stage.id,
              { closeWhenFollowed: event.currentTarget.checked },
              `closeWhenFollowed:${stage.id}`,
            )
          }
          disabled={readOnly}
          data-testid="stage-close-when-followed"
        />
      )}
      <ConfirmDialog
        opened={removing !== null}
        title={t('designer.jobs.removeTitle', { name: removing?.name.vi || removing?.key || '' })}
        body={t('designer.jobs.removeBody', { count: removing ? topLevelFields(removing.form).length : 0 })}
        confirmLabel={t('designer.jobs.removeConfirm')}
        loading={false}
        onConfirm={() => {
          if (removing) commands.removeJob(stage.id, removing.id);
          setRemoving(null);
        }}
        onClose={() => setRemoving(null)}
      />
    </Stack>
  );
}
