import { Button, Checkbox, Drawer, Group, Stack, Text } from '@mantine/core';
import type { ProcessTemplateUpdateView } from '@nguon/contracts/client';
import { useState } from 'react';
import { useLang } from '../../i18n/lang-store';
import { useT } from '../../i18n/use-t';
import { notifyProblem, notifySuccess } from '../../ui/notify';
import { QueryState } from '../../ui/query-state';
import { useIsMobile } from '../../ui/use-is-mobile';
import { EdgeChanges } from '../versions/diff-view';
import { StageChoices, useStageChoice } from './stage-choice';
import { useTakeTemplateChanges, useTemplateUpdate } from './template-update-api';

interface TemplateUpdateDrawerProps {
  processId: string;
  name: string;
  revision: number;
  draftSaved: boolean;
  onClose: () => void;
  onTaken: () => void;
}

/** The owner's last choices: also finish the update, and take (or why not yet). */
function UpdateActions({
  count,
  finish,
  onFinish,
  pending,
  onSubmit,
  props,
}: {
  count: number;
  finish: boolean;
  onFinish: (finish: boolean) => void;
  pending: boolean;
  onSubmit: () => void;
  props: TemplateUpdateDrawerProps;
}) {
  const t = useT();
  return (
    <>
      <Checkbox
        label={t('templateUpdate.finish')}
        checked={finish}
        onChange={(event) => onFinish(event.currentTarget.checked)}
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
          onClick={onSubmit}
          loading={pending}
          disabled={!props.draftSaved || (count === 0 && !finish)}
          data-testid="template-update-take"
        >
          {count === 0 ? t('templateUpdate.finishOnly') : t('templateUpdate.take', { count })}
        </Button>
      </Group>
    </>
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
  const { chosen, toggle, stageKeys } = useStageChoice(update.stages);
  const [finish, setFinish] = useState(true);
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
      <StageChoices stages={update.stages} diff={update.diff} chosen={chosen} onToggle={toggle} />
      <EdgeChanges edges={update.diff.edges} />
      <UpdateActions
        count={stageKeys.length}
        finish={finish}
        onFinish={setFinish}
        pending={take.isPending}
        onSubmit={submit}
        props={props}
      />
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
