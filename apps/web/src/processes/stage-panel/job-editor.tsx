import { Button, Tabs, Text } from '@mantine/core';
import type { ProcessDefinition, ProcessStage, StageJob } from '@nguon/domain';
import { IconArrowLeft } from '@tabler/icons-react';
import { useLang } from '../../i18n/lang-store';
import { useT } from '../../i18n/use-t';
import type { DesignerCommands } from '../editing/designer-commands';
import { jobDisplayName } from '../jobs/job-names';
import { LazyJobProperties } from '../jobs/lazy-jobs';
import { BusinessStepSelect } from './business-step-select';
import { StageFormTab } from './stage-form-tab';

/** Back to the stage's jobs, with the open job's name: the panel shows one job at a time. */
export function JobBackBar({ job, onBack }: { job: StageJob; onBack: () => void }) {
  const t = useT();
  const lang = useLang();
  return (
    <div className="designer-job-bar">
      <Button
        variant="subtle"
        size="compact-sm"
        leftSection={<IconArrowLeft size={16} />}
        onClick={onBack}
        data-testid="job-back"
      >
        {t('designer.jobs.back')}
      </Button>
      <Text size="sm" fw={600} truncate data-testid="job-open-name">
        {jobDisplayName(job, lang)}
      </Text>
    </div>
  );
}

interface JobPanelsProps {
  stage: ProcessStage;
  job: StageJob;
  definition: ProcessDefinition;
  readOnly: boolean;
  keyFrozen: boolean;
  commands: DesignerCommands;
}

/** The open job's two tabs: its properties, and its form in the same builder a stage's form uses. */
export function JobPanels({ stage, job, definition, readOnly, keyFrozen, commands }: JobPanelsProps) {
  const burst = (field: string) => `job.${field}:${job.id}`;
  return (
    <>
      <Tabs.Panel value="props">
        <LazyJobProperties
          businessStep={
            <BusinessStepSelect
              value={job.businessStep}
              disabled={readOnly}
              onChange={(businessStep) =>
                commands.updateJob(stage.id, job.id, { businessStep }, burst('businessStep'))
              }
              testId="job-business-step"
            />
          }
          stage={stage}
          job={job}
          definition={definition}
          readOnly={readOnly}
          keyFrozen={keyFrozen}
          onChange={(patch, field) => commands.updateJob(stage.id, job.id, patch, burst(field))}
        />
      </Tabs.Panel>
      <Tabs.Panel value="form">
        <StageFormTab
          form={job.form}
          readOnly={readOnly}
          onChange={(form) => commands.updateJob(stage.id, job.id, { form }, burst('form'))}
        />
      </Tabs.Panel>
    </>
  );
}
