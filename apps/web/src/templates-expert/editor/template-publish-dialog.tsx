import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { ApiError, type TemplateDraftView, type TemplateView } from '@nguon/contracts/client';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useT } from '../../i18n/use-t';
import { AppModal } from '../../ui/app-modal';
import { notifyProblem } from '../../ui/notify';
import { nextVersionNumber } from './draft-update';
import { useEditorT } from './editor-messages';
import { GoToPlace, WordedProblem } from './go-to-place';
import { type ProblemPlace, problemPlace } from './problem-place';
import { usePublishTemplateDraft } from './template-draft-api';

interface TemplatePublishDialogProps {
  opened: boolean;
  draft: TemplateDraftView;
  stages: Parameters<typeof problemPlace>[1];
  onClose: () => void;
  onPublished: (template: TemplateView) => void;
  onGoTo: (place: ProblemPlace) => void;
  onReload: () => void;
}

/** Why the server refused: its message, and where the problem is fixed (or a reload after a conflict). */
function Refusal({
  error,
  draft,
  stages,
  onGoTo,
  onReload,
}: { error: unknown } & Pick<TemplatePublishDialogProps, 'draft' | 'stages' | 'onGoTo' | 'onReload'>) {
  const t = useT();
  const te = useEditorT();
  const problem = error instanceof ApiError ? error.problem : null;
  const place = problem ? problemPlace(problem.path ?? '', stages) : null;
  return (
    <Alert
      color="red"
      icon={<IconAlertTriangle size={20} />}
      title={te('templateEditor.refused')}
      role="alert"
      data-testid="publish-refusal"
    >
      <Stack gap="xs">
        {problem ? (
          <WordedProblem problem={{ message: problem.detail, path: problem.path ?? '' }} draft={draft} />
        ) : (
          <Text size="sm">{t('error.network')}</Text>
        )}
        {problem?.code === 'TEMPLATE_DRAFT_CONFLICT' ? (
          <Button color="red" mih={44} onClick={onReload} data-testid="publish-reload">
            {te('templateEditor.conflictReload')}
          </Button>
        ) : (
          place && <GoToPlace place={place} onGo={onGoTo} />
        )}
      </Stack>
    </Alert>
  );
}

/** Publishing the draft as the template's next version, with a change note in both languages. */
export function TemplatePublishDialog(props: TemplatePublishDialogProps) {
  const { opened, draft, onClose, onPublished } = props;
  const t = useT();
  const te = useEditorT();
  const publish = usePublishTemplateDraft(draft.id);
  const [note, setNote] = useState({ vi: '', en: '' });
  const [tried, setTried] = useState(false);
  const missing = { vi: note.vi.trim() === '', en: note.en.trim() === '' };
  const close = () => {
    publish.reset();
    setTried(false);
    onClose();
  };
  const submit = () => {
    setTried(true);
    if (missing.vi || missing.en) return;
    publish.mutate(
      {
        processRevision: draft.process.revision,
        detailsRevision: draft.details.revision,
        changeNote: { vi: note.vi.trim(), en: note.en.trim() },
      },
      {
        onSuccess: (template) => {
          setNote({ vi: '', en: '' });
          onPublished(template);
        },
        onError: (error) => {
          // a version published meanwhile: the draft is loaded again, its notice says what to do
          if (error instanceof ApiError && error.code === 'TEMPLATE_DRAFT_OUTDATED') {
            notifyProblem(error, t);
            close();
            props.onReload();
          }
        },
      },
    );
  };
  const required = te('templateEditor.noteRequired');
  return (
    <AppModal
      opened={opened}
      onClose={close}
      title={te('templateEditor.publishTitle', { number: nextVersionNumber(draft) })}
    >
      <Stack gap="sm">
        <Text size="sm">{te('templateEditor.publishBody')}</Text>
        <Textarea
          label={te('templateEditor.noteVi')}
          required
          autosize
          minRows={2}
          value={note.vi}
          onChange={(event) => setNote({ ...note, vi: event.currentTarget.value })}
          error={tried && missing.vi ? required : undefined}
          data-testid="publish-note-vi"
        />
        <Textarea
          label={te('templateEditor.noteEn')}
          required
          autosize
          minRows={2}
          value={note.en}
          onChange={(event) => setNote({ ...note, en: event.currentTarget.value })}
          error={tried && missing.en ? required : undefined}
          data-testid="publish-note-en"
        />
        {publish.error !== null && (
          <Refusal
            error={publish.error}
            draft={draft}
            stages={props.stages}
            onGoTo={(place) => {
              close();
              props.onGoTo(place);
            }}
            onReload={() => {
              close();
              props.onReload();
            }}
          />
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" mih={44} onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button mih={44} loading={publish.isPending} onClick={submit} data-testid="publish-submit">
            {te('templateEditor.publishSubmit')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
