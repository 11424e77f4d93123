import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import type { ProcessDiffView } from '@nguon/contracts/client';
import { useLang } from '../../i18n/lang-store';
import { useT } from '../../i18n/use-t';
import { ChangeBadge, ChangeList, FieldsTable } from './diff-parts';

type DiffJob = NonNullable<ProcessDiffView['stages'][number]['jobs']>[number];

function JobChange({ job }: { job: DiffJob }) {
  const t = useT();
  const lang = useLang();
  const changedFields = job.fields.filter((field) => field.change !== 'unchanged');
  return (
    <Paper withBorder p="xs" radius="sm" data-testid={`diff-job-${job.key}`}>
      <Group gap="xs">
        {job.change === 'moved' ? (
          <Badge color="blue" variant="light">
            {t('designer.jobs.movedFrom', { stage: job.movedFrom ?? '' })}
          </Badge>
        ) : (
          <ChangeBadge change={job.change} />
        )}
        <Text size="sm" fw={600}>
          {t('designer.jobs.diffJob', { name: (lang === 'en' && job.name.en) || job.name.vi })}
        </Text>
        <Text size="xs" c="dimmed" ff="monospace">
          {job.key}
        </Text>
      </Group>
      {job.jobChanges.length > 0 && <ChangeList changes={job.jobChanges} />}
      {changedFields.length > 0 && <FieldsTable fields={changedFields} />}
    </Paper>
  );
}

/** The jobs of a stage that differ: added, removed, moved here from another stage, or changed. */
export function JobDiffList({ jobs }: { jobs: readonly DiffJob[] }) {
  if (jobs.length === 0) return null;
  return (
    <Stack gap={6} mt="xs">
      {jobs.map((job) => (
        <JobChange key={`${job.change}:${job.key}`} job={job} />
      ))}
    </Stack>
  );
}
