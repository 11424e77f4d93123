import { Alert, Badge, Button, Checkbox, Drawer, Group, Stack, Text } from '@mantine/core';
import type { ProcessTemplateUpdateView } from '@nguon/contracts/client';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useLang } from '../../i18n/lang-store';
import { useT } from '../../i18n/use-t';
import { notifyProblem, notifySuccess } from '../../ui/notify';
import { QueryState } from '../../ui/query-state';
import { useIsMobile } from '../../ui/use-is-mobile';
import { EdgeChanges, StageDiff } from '../versions/diff-view';
import { chosenStageKeys, preselectedStageKeys } from './template-stage-choice';
import { useTakeTemplateChanges, useTemplateUpdate } from './template-update-api';

interface TemplateUpdateDrawerProps {
  processId: string;
  name: string;
  revision: number;
  draftSaved: boolean;
  onClose: () => void;
  onTaken: () => void;
}

type UpdateStage = ProcessTemplateUpdateView['stages'][number];

interface StageChoiceProps {
  stage: UpdateStage;
  diff: ProcessTemplateUpdateView['diff']['stages'][number] | undefined;
  checked: boolean;
  onToggle: (checked: boolean) => void;
}

/** One changed stage: a checkbox to take it, the warning when the owner edited it, and its diff. */
function StageChoice({ stage, diff, checked, onToggle }: StageChoiceProps) {
  const t = useT();
  const lang = useLang();
  const label = diff ? (lang === 'en' && diff.name.en) || diff.name.vi : stage.key;
  return (
    <Stack gap={6} data-testid={`template-stage-${stage.key}`}>
      <Group gap="xs" justify="space-between">
        <Checkbox
          size="md"
          label={label}
          checked={checked && !stage.taken}
          disabled={stage.taken}
          onChange={(event) => onToggle(event.currentTarget.checked)}
          data-testid={`template-stage-check-${stage.key}`}
        />
        {stage.taken && (
          <Badge color="leaf" variant="light">
            {t('templateUpdate.taken')}
          </Badge>
        )}
      </Group>
      {stage.editedHere && !stage.taken && (
        <Alert color="orange" icon={<IconAlertTriangle size={18} />} p="xs">
          <Text size="sm">{t('templateUpdate.editedHere')}</Text>
        </Alert>
      )}
      {diff && <StageDiff stage={diff} />}
    </Stack>
  );
}

function UpdateChoices({
  update,
  props,
}: {
  update: ProcessTemplateUpdateView;
  props: TemplateUpdateDrawerProps;
}) {
  const t = useT();
  const lang = useLang();
  const take = useTakeTemplateChanges(props.processId);
  const [chosen, setChosen] = useState(() => preselectedStageKeys(update.stages));
  const [finish, setFinish] = useState(true);
  const stageKeys = chosenStageKeys(update.stages, chosen);
  const toggle = (key: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(key);
    else next.delete(key);
    setChosen(next);
  };
  const submit = () =>
    take.mutate(
      { revision: props.revision, stageKeys, finish },
      {
        onSuccess: () => {
          notifySuccess(t('templateUpdate.done', { count: stageKeys.length }));
          props.onClose();
          props.onTaken();
        },
        onError: (error) => notifyProblem(error, t),
      },
    );
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('templateUpdate.fromTo', { from: update.link.baseVersion, to: update.link.latestVersion ?? '' })}
      </Text>
      <Text size="sm">{update.note[lang] || update.note.vi}</Text>
      <Text size="sm">{t('templateUpdate.pick')}</Text>
      {update.stages.map((stage) => (
        <StageChoice
          key={stage.key}
          stage={stage}
          diff={update.diff.stages.find((diff) => diff.key === stage.key)}
          checked={chosen.has(stage.key)}
          onToggle={(on) => toggle(stage.key, on)}
        />
      ))}
      <EdgeChanges edges={update.diff.edges} />
      <Checkbox
        label={t('templateUpdate.finish')}
        checked={finish}
        onChange={(event) => setFinish(event.currentTarget.checked)}
        data-testid="template-update-finish"
      />
      {!props.draftSaved && (
        <Text size="sm" c="dimmed" data-testid="template-update-save-first">
          {t('templateUpdate.saveFirst')}
        </Text>
      )}
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={props.onClose}>
          {t('common.cancel')}
        </Button>
        <Button
          onClick={submit}
          loading={take.isPending}
          disabled={!props.draftSaved || (stageKeys.length === 0 && !finish)}
          data-testid="template-update-take"
        >
          {stageKeys.length === 0
            ? t('templateUpdate.finishOnly')
            : t('templateUpdate.take', { count: stageKeys.length })}
        </Button>
      </Group>
    </Stack>
  );
}

/** The template's newer version against the draft's base, stage by stage; the owner takes the stages they want. */
export function TemplateUpdateDrawer(props: TemplateUpdateDrawerProps) {
  const t = useT();
  const isMobile = useIsMobile();
  const update = useTemplateUpdate(props.processId);
  return (
    <Drawer
      opened
      onClose={props.onClose}
      position="right"
      size={isMobile ? '100%' : 'lg'}
      title={t('templateUpdate.title', { name: props.name })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      data-testid="template-update-drawer"
    >
      {update.data ? (
        <UpdateChoices update={update.data} props={props} />
      ) : (
        <QueryState isPending={update.isPending} error={update.error} onRetry={() => update.refetch()} />
      )}
    </Drawer>
  );
}
