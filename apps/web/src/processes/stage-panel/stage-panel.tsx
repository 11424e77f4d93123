import { ActionIcon, CloseButton, Group, Paper, ScrollArea, Tabs, Text, Tooltip } from '@mantine/core';
import type { ProcessDefinition, ProcessStage } from '@nguon/domain';
import { IconCopy, IconForms, IconListCheck, IconSettings, IconTrash } from '@tabler/icons-react';
import { type Ref, useState } from 'react';
import { useLang } from '../../i18n/lang-store';
import { useT } from '../../i18n/use-t';
import { stageKindLooks } from '../canvas/stage-kinds';
import type { DesignerCommands } from '../editing/designer-commands';
import { LazyJobsTab } from '../jobs/lazy-jobs';
import { JobBackBar, JobPanels } from './job-editor';
import { StageFormTab } from './stage-form-tab';
import { StageProperties } from './stage-properties';

interface StagePanelProps {
  stage: ProcessStage;
  definition: ProcessDefinition;
  readOnly: boolean;
  /** The stage is in a published version: its key no longer follows its name. */
  keyFrozen: boolean;
  /** Whether a job is in a published version (its key then stays). */
  jobKeyFrozen: (jobId: string) => boolean;
  commands: DesignerCommands;
  /** The job shown instead of the stage's own tabs, or null. */
  openJobId: string | null;
  onOpenJob: (jobId: string | null) => void;
  onClose: () => void;
  onDelete: () => void;
  /** Floats over the canvas on narrower screens. */
  overlay: boolean;
  ref?: Ref<HTMLElement>;
}

/** Duplicate and delete, beside the close button so they are there on both tabs. */
function StageActions({ onDuplicate, onDelete }: { onDuplicate: () => void; onDelete: () => void }) {
  const t = useT();
  return (
    <>
      <Tooltip label={t('designer.duplicateThisStage')}>
        <ActionIcon
          variant="subtle"
          color="gray"
          size={40}
          onClick={onDuplicate}
          aria-label={t('designer.duplicateThisStage')}
          data-testid="stage-duplicate"
        >
          <IconCopy size={20} />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={t('designer.deleteStage')}>
        <ActionIcon
          variant="subtle"
          color="red"
          size={40}
          onClick={onDelete}
          aria-label={t('designer.deleteStage')}
          data-testid="stage-delete"
        >
          <IconTrash size={20} />
        </ActionIcon>
      </Tooltip>
    </>
  );
}

/** The tabs of the stage itself: properties, its form (none once it has jobs), its jobs (ordinary stages). */
function StageTabList({
  hasJobs,
  offersJobs,
  jobCount,
}: {
  hasJobs: boolean;
  offersJobs: boolean;
  jobCount: number;
}) {
  const t = useT();
  return (
    <Tabs.List px="sm">
      <Tabs.Tab value="props" px="xs" leftSection={<IconSettings size={16} />} data-testid="stage-tab-props">
        {t('designer.tabProps')}
      </Tabs.Tab>
      {!hasJobs && (
        <Tabs.Tab value="form" px="xs" leftSection={<IconForms size={16} />} data-testid="stage-tab-form">
          {t('designer.tabForm')}
        </Tabs.Tab>
      )}
      {offersJobs && (
        <Tabs.Tab value="jobs" px="xs" leftSection={<IconListCheck size={16} />} data-testid="stage-tab-jobs">
          {t('designer.jobs.tab')}
          {jobCount > 0 && ` (${jobCount})`}
        </Tabs.Tab>
      )}
    </Tabs.List>
  );
}

/** The selected stage: its properties, its form or its jobs (one job open at a time), beside the canvas. */
export function StagePanel(props: StagePanelProps) {
  const { stage, definition, readOnly, commands, overlay, ref } = props;
  const t = useT();
  const lang = useLang();
  const [stageTab, setStageTab] = useState<string | null>('props');
  const [jobTab, setJobTab] = useState<string | null>('props');
  const Icon = stageKindLooks[stage.kind].icon;
  const burst = (field: string) => `${field}:${stage.id}`;
  const jobs = stage.jobs ?? [];
  const job = jobs.find((candidate) => candidate.id === props.openJobId);
  const offersJobs = stage.kind === 'stage';
  // a tab that is no longer offered (the form once jobs were added) falls back to the properties
  const shownStageTab =
    (stageTab === 'form' && jobs.length > 0) || (stageTab === 'jobs' && !offersJobs) ? 'props' : stageTab;
  const tab = job ? jobTab : shownStageTab;
  const openJob = (jobId: string | null) => {
    setJobTab('props');
    props.onOpenJob(jobId);
  };
  return (
    <Paper
      ref={ref}
      withBorder
      radius={overlay ? 'md' : 0}
      shadow={overlay ? 'lg' : undefined}
      className="designer-stage-panel"
      data-overlay={overlay || undefined}
      data-wide={tab === 'form' || undefined}
      component="aside"
      aria-label={t('designer.stagePanel')}
      data-testid="designer-stage-panel"
    >
      <Group justify="space-between" wrap="nowrap" gap={4} p="sm" pb={0}>
        <Group gap="xs" wrap="nowrap" miw={0}>
          <Icon size={20} />
          <Text fw={600} truncate>
            {(lang === 'en' && stage.name.en) || stage.name.vi || stage.key}
          </Text>
        </Group>
        <Group gap={2} wrap="nowrap">
          {!readOnly && (
            <StageActions
              onDuplicate={() => commands.duplicate(new Set([stage.id]))}
              onDelete={props.onDelete}
            />
          )}
          <CloseButton size={40} onClick={props.onClose} aria-label={t('designer.closePanel')} />
        </Group>
      </Group>
      {job && <JobBackBar job={job} onBack={() => openJob(null)} />}
      <Tabs
        value={tab}
        onChange={job ? setJobTab : setStageTab}
        keepMounted={false}
        style={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}
      >
        {job ? (
          <JobTabList />
        ) : (
          <StageTabList hasJobs={jobs.length > 0} offersJobs={offersJobs} jobCount={jobs.length} />
        )}
        <ScrollArea style={{ flex: 1 }} p="sm" data-designer-history>
          {job ? (
            <JobPanels
              stage={stage}
              job={job}
              definition={definition}
              readOnly={readOnly}
              keyFrozen={props.jobKeyFrozen(job.id)}
              commands={commands}
            />
          ) : (
            <>
              <Tabs.Panel value="props">
                <StageProperties
                  stage={stage}
                  definition={definition}
                  readOnly={readOnly}
                  keyFrozen={props.keyFrozen}
                  onChange={(patch, field) => commands.updateStage(stage.id, patch, burst(field))}
                />
              </Tabs.Panel>
              <Tabs.Panel value="form">
                <StageFormTab
                  form={stage.form}
                  readOnly={readOnly}
                  onChange={(form) => commands.updateStage(stage.id, { form }, burst('form'))}
                />
              </Tabs.Panel>
              <Tabs.Panel value="jobs">
                <LazyJobsTab stage={stage} readOnly={readOnly} commands={commands} onOpenJob={openJob} />
              </Tabs.Panel>
            </>
          )}
        </ScrollArea>
      </Tabs>
    </Paper>
  );
}

function JobTabList() {
  const t = useT();
  return (
    <Tabs.List px="sm">
      <Tabs.Tab value="props" leftSection={<IconSettings size={16} />} data-testid="job-tab-props">
        {t('designer.tabProps')}
      </Tabs.Tab>
      <Tabs.Tab value="form" leftSection={<IconForms size={16} />} data-testid="job-tab-form">
        {t('designer.tabForm')}
      </Tabs.Tab>
    </Tabs.List>
  );
}
