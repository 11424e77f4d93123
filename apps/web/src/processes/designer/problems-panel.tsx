import { Badge, Collapse, Group, Loader, Paper, ScrollArea, Text, UnstyledButton } from '@mantine/core';
import type { ProcessDefinition } from '@nguon/domain';
import {
  IconAlertTriangle,
  IconChevronDown,
  IconChevronUp,
  IconCircleCheck,
  IconLanguage,
} from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useLang } from '../../i18n/lang-store';
import { useT } from '../../i18n/use-t';
import { definitionUntranslated } from '../editing/stage-translations';
import { jobDisplayName, stageDisplayName } from '../jobs/job-names';
import type { DesignerProblem } from './designer-problems';
import type { DesignerProblems } from './use-designer-problems';

interface ProblemsPanelProps {
  problems: DesignerProblems;
  definition: ProcessDefinition;
  /** Selects the stage, and opens the job when the problem is in one. */
  onFocusStage: (stageId: string, jobId: string | null) => void;
}

/** The stage a problem is about: its own, or the source of the edge it is about. */
function stageOfProblem(problem: DesignerProblem, definition: ProcessDefinition): string | null {
  if (problem.stageId) return problem.stageId;
  const edge = definition.edges.find((candidate) => candidate.id === problem.edgeId);
  return edge?.source ?? null;
}

/** Names of stages (by id) and of jobs (by `stageId/jobId`), as the problems name them. */
function placeNames(definition: ProcessDefinition, lang: 'vi' | 'en'): Map<string, string> {
  const names = new Map<string, string>();
  for (const stage of definition.stages) {
    names.set(stage.id, stageDisplayName(stage, lang));
    for (const job of stage.jobs ?? []) names.set(`${stage.id}/${job.id}`, jobDisplayName(job, lang));
  }
  return names;
}

/** "Chăm sóc › Làm cỏ" for a problem in a job, else the stage's name. */
function placeOf(problem: DesignerProblem, stageId: string, names: ReadonlyMap<string, string>): string {
  const stage = names.get(stageId) ?? '';
  const job = problem.jobId === null ? undefined : names.get(`${stageId}/${problem.jobId}`);
  return job === undefined ? stage : `${stage} › ${job}`;
}

/** A React key per problem; the same problem twice (possible from a bad import) gets `#2`. */
function uniqueKeys(problems: readonly DesignerProblem[]): string[] {
  const seen = new Map<string, number>();
  return problems.map((problem) => {
    const key = [problem.code, problem.stageId, problem.edgeId, problem.jobId, problem.path].join('|');
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return count === 1 ? key : `${key}#${count}`;
  });
}

/** Labels that English readers still see in Vietnamese: told beside the problems, never blocking. */
function UntranslatedCount({ definition }: { definition: ProcessDefinition }) {
  const t = useT();
  const count = useMemo(() => definitionUntranslated(definition), [definition]);
  if (count === 0) return null;
  return (
    <Group gap={4} wrap="nowrap" title={t('designer.untranslatedHint')} data-testid="designer-untranslated">
      <IconLanguage size={16} aria-hidden />
      <Text size="sm">{t('designer.untranslated', { count })}</Text>
    </Group>
  );
}

function ProblemSummary({
  problems,
  definition,
}: {
  problems: DesignerProblems;
  definition: ProcessDefinition;
}) {
  const t = useT();
  const count = problems.list.length;
  return (
    <Group gap="xs" wrap="wrap">
      {count === 0 ? (
        <IconCircleCheck size={18} color="var(--mantine-color-leaf-7)" />
      ) : (
        <IconAlertTriangle size={18} color="var(--mantine-color-red-7)" />
      )}
      <Text size="sm" fw={600}>
        {count === 0 ? t('designer.noProblems') : t('designer.problemCount', { count })}
      </Text>
      {problems.checking && <Loader size={14} role="progressbar" aria-label={t('designer.checking')} />}
      <UntranslatedCount definition={definition} />
    </Group>
  );
}

/** Live problems of the draft under the canvas; a click selects the stage and brings it into view. */
export function ProblemsPanel({ problems, definition, onFocusStage }: ProblemsPanelProps) {
  const t = useT();
  const lang = useLang();
  const [open, setOpen] = useState(true);
  const names = useMemo(() => placeNames(definition, lang), [definition, lang]);
  const count = problems.list.length;
  const keys = useMemo(() => uniqueKeys(problems.list), [problems.list]);
  return (
    <Paper
      withBorder
      radius={0}
      style={{ borderInline: 0, borderBottom: 0 }}
      component="section"
      aria-label={t('designer.problems')}
      data-testid="designer-problems"
    >
      <UnstyledButton
        w="100%"
        px="sm"
        mih={44}
        onClick={() => setOpen((value) => !value)}
        aria-expanded={open}
        style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}
      >
        <ProblemSummary problems={problems} definition={definition} />
        {count > 0 && (open ? <IconChevronDown size={18} /> : <IconChevronUp size={18} />)}
      </UnstyledButton>
      <Collapse expanded={open && count > 0}>
        <ScrollArea.Autosize mah={180} px="xs" pb="xs">
          {problems.list.map((problem, index) => {
            const stageId = stageOfProblem(problem, definition);
            return (
              <UnstyledButton
                key={keys[index]}
                className="designer-problem"
                onClick={() => stageId && onFocusStage(stageId, problem.jobId)}
                data-testid={`problem-${index}`}
              >
                {stageId && names.has(stageId) && (
                  <Badge variant="light" color="red" style={{ flex: 'none' }} tt="none">
                    {placeOf(problem, stageId, names)}
                  </Badge>
                )}
                <Text size="sm">{problem.message}</Text>
              </UnstyledButton>
            );
          })}
        </ScrollArea.Autosize>
      </Collapse>
    </Paper>
  );
}
