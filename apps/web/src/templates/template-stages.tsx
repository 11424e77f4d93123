import { Badge, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { TemplateFile } from '@nguon/contracts/client';
import { useMemo } from 'react';
import type { FormRendererContext } from '../form-renderer';
import { useLang } from '../i18n/lang-store';
import { TemplateFormPreview } from './template-form-preview';
import { useTemplateT } from './template-messages';

type Definition = TemplateFile['process']['definition'];
type Stage = Definition['stages'][number];
type Job = NonNullable<Stage['jobs']>[number];

/**
 * The stages as the designer draws them, left to right (a template's graph is laid out in process order), each
 * with the stages it follows. Done here rather than with the domain's graph functions: those live in the
 * designer's script, and sharing them would split that script and grow it.
 */
function useOrderedStages(definition: Definition): { stage: Stage; after: Stage[] }[] {
  return useMemo(() => {
    const byId = new Map(definition.stages.map((stage) => [stage.id, stage]));
    const drawn = [...definition.stages].sort(
      (a, b) => a.position.x - b.position.x || a.position.y - b.position.y,
    );
    return drawn.map((stage) => ({
      stage,
      after: definition.edges
        .filter((edge) => edge.target === stage.id)
        .flatMap((edge) => byId.get(edge.source) ?? []),
    }));
  }, [definition]);
}

function JobRow({ job, context }: { job: Job; context: FormRendererContext }) {
  const tt = useTemplateT();
  const lang = useLang();
  return (
    <Paper withBorder radius="md" p="sm" data-testid="template-job">
      <Group gap="xs" mb="xs">
        <Text fw={600}>{job.name[lang] || job.name.vi}</Text>
        {job.repeatable && (
          <Badge variant="light" color="gray" size="sm">
            {tt('templates.jobRepeatable')}
          </Badge>
        )}
      </Group>
      <TemplateFormPreview
        form={job.form}
        context={context}
        idPrefix={`job_${job.id}`}
        testId={`template-job-form-${job.key}`}
      />
    </Paper>
  );
}

interface StageCardProps {
  stage: Stage;
  after: Stage[];
  index: number;
  note: { vi: string; en: string } | undefined;
  context: FormRendererContext;
}

/** The stage's number, name, kind and the stages it follows. */
function StageHeading({ stage, after, index }: Pick<StageCardProps, 'stage' | 'after' | 'index'>) {
  const tt = useTemplateT();
  const lang = useLang();
  const name = (s: Stage) => s.name[lang] || s.name.vi;
  return (
    <Group gap="sm" wrap="nowrap" align="flex-start" mb="xs">
      <ThemeIcon radius="xl" size="lg" color="leaf" variant="light" aria-hidden>
        {index + 1}
      </ThemeIcon>
      <Stack gap={2} style={{ minWidth: 0 }}>
        <Title order={3} size="h5">
          {name(stage)}
        </Title>
        <Group gap={6}>
          <Badge variant="light" color={stage.kind === 'transformation' ? 'grape' : 'earth'} size="sm">
            {tt(`templates.kind.${stage.kind}`)}
          </Badge>
          <Text size="xs" c="dimmed">
            {after.length === 0
              ? tt('templates.start')
              : tt('templates.after', { names: after.map(name).join(', ') })}
          </Text>
        </Group>
      </Stack>
    </Group>
  );
}

function StageNote({ note }: { note: { vi: string; en: string } }) {
  const tt = useTemplateT();
  const lang = useLang();
  return (
    <Stack gap={2} mb="sm">
      <Text size="xs" fw={700} c="dimmed" tt="uppercase">
        {tt('templates.stageNote')}
      </Text>
      <Text size="sm" data-testid="template-stage-note">
        {note[lang] || note.vi}
      </Text>
    </Stack>
  );
}

/** What the stage records: its jobs' forms when it has jobs, else its own form. */
function StageWork({ stage, context }: Pick<StageCardProps, 'stage' | 'context'>) {
  const tt = useTemplateT();
  const jobs = stage.jobs ?? [];
  if (jobs.length === 0)
    return (
      <TemplateFormPreview
        form={stage.form}
        context={context}
        idPrefix={`stage_${stage.id}`}
        testId={`template-stage-form-${stage.key}`}
      />
    );
  return (
    <Stack gap="xs">
      <Text size="sm" fw={600}>
        {tt('templates.jobsOfStage')}
      </Text>
      {jobs.map((job) => (
        <JobRow key={job.id} job={job} context={context} />
      ))}
    </Stack>
  );
}

function StageCard({ stage, after, index, note, context }: StageCardProps) {
  return (
    <Paper withBorder radius="lg" p={{ base: 'sm', sm: 'md' }} data-testid="template-stage">
      <StageHeading stage={stage} after={after} index={index} />
      {note && <StageNote note={note} />}
      <StageWork stage={stage} context={context} />
    </Paper>
  );
}

/** Every stage with its note, its jobs and its form, in the order a lot goes through them. */
export function TemplateStages({ file, context }: { file: TemplateFile; context: FormRendererContext }) {
  const tt = useTemplateT();
  const ordered = useOrderedStages(file.process.definition);
  return (
    <Stack gap="sm" component="section" aria-label={tt('templates.stages')}>
      <Title order={2} size="h3">
        {tt('templates.stages')}
      </Title>
      <Text size="sm" c="dimmed">
        {tt('templates.stagesIntro')}
      </Text>
      {ordered.map(({ stage, after }, index) => (
        <StageCard
          key={stage.id}
          stage={stage}
          after={after}
          index={index}
          note={file.stageNotes[stage.id]}
          context={context}
        />
      ))}
    </Stack>
  );
}
