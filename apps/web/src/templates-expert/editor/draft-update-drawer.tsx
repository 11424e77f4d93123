import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Drawer,
  Flex,
  Group,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import {
  ApiError,
  type TemplateDraftDetailChange,
  type TemplateDraftUpdateView,
  type TemplateDraftView,
} from '@nguon/contracts/client';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useLang } from '../../i18n/lang-store';
import { useT } from '../../i18n/use-t';
import { StageChoices, useChosenKeys, useStageChoice } from '../../processes/template-update/stage-choice';
import { EdgeChanges } from '../../processes/versions/diff-view';
import { notifyProblem, notifySuccess } from '../../ui/notify';
import { QueryState } from '../../ui/query-state';
import { useIsMobile } from '../../ui/use-is-mobile';
import { chosenDetailParts, detailPartLabel, type PartNames, preselectedDetailParts } from './draft-update';
import { type EditorMessageKey, useEditorT } from './editor-messages';
import { useTakeTemplateDraftUpdate, useTemplateDraftUpdate } from './template-draft-api';

export interface DraftUpdateDrawerProps {
  /** The draft as the editor last saved it: taking is sent at its revisions. */
  draft: TemplateDraftView;
  stages: PartNames['stages'];
  latest: number;
  /** Why taking waits (an unsaved tab or process), or null. */
  blocker: EditorMessageKey | null;
  onClose: () => void;
  /** After taking, or when the draft changed under the drawer: the editor loads the draft again. */
  onReload: () => void;
}

const changeLabels = {
  added: 'templateEditor.changeAdded',
  removed: 'templateEditor.changeRemoved',
  changed: 'templateEditor.changeChanged',
} as const satisfies Record<TemplateDraftDetailChange['change'], EditorMessageKey>;

/** One changed part of the details: a checkbox to take it, how it changed, and the warning when edited here. */
function DetailChoice({
  change,
  label,
  checked,
  onToggle,
}: {
  change: TemplateDraftDetailChange;
  label: string;
  checked: boolean;
  onToggle: (on: boolean) => void;
}) {
  const te = useEditorT();
  return (
    <Stack gap={6} data-testid={`draft-part-${change.id}`}>
      <Group gap="xs" justify="space-between" wrap="nowrap">
        <Checkbox
          size="md"
          label={label}
          checked={checked && !change.taken}
          disabled={change.taken}
          onChange={(event) => onToggle(event.currentTarget.checked)}
          data-testid={`draft-part-check-${change.id}`}
        />
        <Badge variant="light" color={change.taken ? 'leaf' : 'blue'} style={{ flexShrink: 0 }}>
          {te(change.taken ? 'templateEditor.updateTaken' : changeLabels[change.change])}
        </Badge>
      </Group>
      {change.editedHere && !change.taken && (
        <Alert color="orange" icon={<IconAlertTriangle size={18} />} p="xs">
          <Text size="sm">{te('templateEditor.updateEditedHere')}</Text>
        </Alert>
      )}
    </Stack>
  );
}

/** The changed parts of the details and catalogs, each with its checkbox. */
function DetailChoices({
  details,
  names,
  chosen,
  onToggle,
}: {
  details: readonly TemplateDraftDetailChange[];
  names: PartNames;
  chosen: ReadonlySet<string>;
  onToggle: (id: string, on: boolean) => void;
}) {
  const te = useEditorT();
  const lang = useLang();
  return details.map((change) => (
    <DetailChoice
      key={change.id}
      change={change}
      label={detailPartLabel(change, names, lang, te)}
      checked={chosen.has(change.id)}
      onToggle={(on) => onToggle(change.id, on)}
    />
  ));
}

const changesReadAgain: ReadonlySet<string> = new Set([
  'TEMPLATE_DRAFT_OUTDATED',
  'TEMPLATE_CHANGE_UNKNOWN',
  'TEMPLATE_PART_CHANGE_UNKNOWN',
]);

const codeOf = (error: unknown) => (error instanceof ApiError ? error.code : null);

/** Taking the choices, and what the editor does with the answer or a refusal. */
function useTakeUpdate(update: TemplateDraftUpdateView, props: DraftUpdateDrawerProps, refetch: () => void) {
  const t = useT();
  const te = useEditorT();
  const take = useTakeTemplateDraftUpdate(props.draft.id);
  const submit = (stageKeys: string[], detailParts: string[]) =>
    take.mutate(
      {
        processRevision: props.draft.process.revision,
        detailsRevision: props.draft.details.revision,
        version: update.to,
        stageKeys,
        detailParts,
      },
      {
        onSuccess: () => {
          const count = stageKeys.length + detailParts.length;
          notifySuccess(te('templateEditor.updateDone', { to: update.to, count }));
          props.onClose();
          props.onReload();
        },
        onError: (error) => {
          const code = codeOf(error);
          // too large: said in the drawer, beside the choices the expert unticks some of
          if (code !== 'TEMPLATE_UPDATE_TOO_LARGE') notifyProblem(error, t);
          // a later version appeared or the changes are not those shown: they are read again; the draft
          // changed or was brought onto the version meanwhile: it is loaded again
          if (code !== null && changesReadAgain.has(code)) refetch();
          if (code === 'TEMPLATE_DRAFT_CONFLICT' || code === 'TEMPLATE_DRAFT_CURRENT') {
            props.onClose();
            props.onReload();
          }
        },
      },
    );
  const { error } = take;
  const tooLarge = error instanceof ApiError && error.code === 'TEMPLATE_UPDATE_TOO_LARGE';
  return { submit, pending: take.isPending, refusal: tooLarge ? error.problem.detail : null };
}

/** Why taking waits or was refused, if it was, and the buttons: cancel, and take the ticked changes. */
function TakeActions({
  to,
  count,
  blocker,
  refusal,
  pending,
  onTake,
  onClose,
}: {
  to: number;
  count: number;
  blocker: EditorMessageKey | null;
  /** The server's words when the choices would take the draft past a template's limits. */
  refusal: string | null;
  pending: boolean;
  onTake: () => void;
  onClose: () => void;
}) {
  const t = useT();
  const te = useEditorT();
  return (
    <>
      {refusal && (
        <Alert
          color="red"
          icon={<IconAlertTriangle size={18} />}
          title={te('templateEditor.updateRefused')}
          role="alert"
          p="xs"
          data-testid="draft-update-refused"
        >
          <Text size="sm">{refusal}</Text>
        </Alert>
      )}
      {blocker && (
        <Alert color="yellow" p="xs" data-testid="draft-update-blocked">
          <Text size="sm">{te(blocker)}</Text>
        </Alert>
      )}
      {/* on a phone both buttons span the drawer, the one that takes on top, within the thumb's reach */}
      <Flex direction={{ base: 'column-reverse', xs: 'row' }} justify="flex-end" gap="sm">
        <Button variant="default" mih={44} onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button
          mih={44}
          onClick={onTake}
          loading={pending}
          disabled={blocker !== null}
          data-testid="draft-update-take"
        >
          {te('templateEditor.updateTake', { to, count })}
        </Button>
      </Flex>
    </>
  );
}

function UpdateChoices({
  update,
  props,
  refetch,
}: {
  update: TemplateDraftUpdateView;
  props: DraftUpdateDrawerProps;
  refetch: () => void;
}) {
  const te = useEditorT();
  const lang = useLang();
  const stages = useStageChoice(update.stages);
  const parts = useChosenKeys(() => preselectedDetailParts(update.details));
  const detailParts = chosenDetailParts(update.details, parts.chosen);
  const take = useTakeUpdate(update, props, refetch);
  const names = { catalogs: props.draft.details.catalogs, stages: props.stages };
  const count = stages.stageKeys.length + detailParts.length;
  const edgeCount = update.diff.edges.added.length + update.diff.edges.removed.length;
  const nothing = update.stages.length === 0 && update.details.length === 0 && edgeCount === 0;
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {te('templateEditor.updateFromTo', { from: update.from, to: update.to })}
      </Text>
      <Paper withBorder p="sm" radius="md" data-testid="draft-update-note">
        <Text size="sm">{update.note[lang] || update.note.vi}</Text>
      </Paper>
      {nothing ? (
        <Text size="sm">{te('templateEditor.updateNone')}</Text>
      ) : (
        <Text size="sm">{te('templateEditor.updatePick')}</Text>
      )}
      {(update.stages.length > 0 || edgeCount > 0) && (
        <Title order={3} size="h5">
          {te('templateEditor.updateStages')}
        </Title>
      )}
      <StageChoices
        stages={update.stages}
        diff={update.diff}
        chosen={stages.chosen}
        onToggle={stages.toggle}
      />
      <EdgeChanges edges={update.diff.edges} />
      {update.details.length > 0 && (
        <Title order={3} size="h5">
          {te('templateEditor.updateDetails')}
        </Title>
      )}
      <DetailChoices details={update.details} names={names} chosen={parts.chosen} onToggle={parts.toggle} />
      <TakeActions
        to={update.to}
        count={count}
        blocker={props.blocker}
        refusal={take.refusal}
        pending={take.pending}
        onTake={() => take.submit(stages.stageKeys, detailParts)}
        onClose={props.onClose}
      />
    </Stack>
  );
}

/**
 * When reading the changes answers that the draft already follows the newest version (another expert brought
 * it on meanwhile), the drawer closes and the draft is loaded again, as after a take: a Retry would only repeat.
 */
function useAlreadyCurrent(error: unknown, { onClose, onReload }: DraftUpdateDrawerProps): boolean {
  const te = useEditorT();
  const current = codeOf(error) === 'TEMPLATE_DRAFT_CURRENT';
  // once: the parent's callbacks change on its renders while the drawer closes
  const handled = useRef(false);
  useEffect(() => {
    if (!current || handled.current) return;
    handled.current = true;
    notifySuccess(te('templateEditor.updateAlreadyCurrent'));
    onClose();
    onReload();
  }, [current, te, onClose, onReload]);
  return current;
}

/**
 * The template's newest version against the draft's base, stage by stage and part by part; the expert takes
 * the changes they want, everything else stays as they wrote it.
 */
export function DraftUpdateDrawer(props: DraftUpdateDrawerProps) {
  const t = useT();
  const te = useEditorT();
  const isMobile = useIsMobile();
  const update = useTemplateDraftUpdate(props.draft.id);
  const refetch = () => void update.refetch();
  const current = useAlreadyCurrent(update.error, props);
  return (
    <Drawer
      opened
      onClose={props.onClose}
      position="right"
      size={isMobile ? '100%' : 'lg'}
      title={te('templateEditor.updateTitle', { latest: update.data?.to ?? props.latest })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      data-testid="draft-update-drawer"
    >
      {update.data ? (
        // a later version read again starts the choices again
        <UpdateChoices key={update.data.to} update={update.data} props={props} refetch={refetch} />
      ) : (
        <QueryState
          isPending={update.isPending || current}
          error={current ? null : update.error}
          onRetry={refetch}
        />
      )}
    </Drawer>
  );
}
