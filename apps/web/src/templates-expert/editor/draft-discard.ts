import { notifications } from '@mantine/notifications';
import { ApiError, type TemplateDraftView } from '@nguon/contracts/client';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../i18n/use-t';
import { notifyProblem, notifySuccess } from '../../ui/notify';
import { forgetDraftEdits } from './details-kept-state';
import { useEditorT } from './editor-messages';
import { useDiscardTemplateDraft } from './template-draft-api';

/**
 * Throwing the draft away, after the confirmation, back to the managing page. It is sent at the revisions the
 * editor last saved: another expert's newer save refuses it (who and when), and the editor loads their draft
 * instead of leaving.
 */
export function useDiscardDraft(draft: TemplateDraftView, name: string, onReload: () => void) {
  const draftId = draft.id;
  const t = useT();
  const te = useEditorT();
  const navigate = useNavigate();
  const discard = useDiscardTemplateDraft(draftId);
  const [asking, setAsking] = useState(false);
  const confirm = () =>
    discard.mutate(
      { processRevision: draft.process.revision, detailsRevision: draft.details.revision },
      {
        onSuccess: () => {
          forgetDraftEdits(draftId);
          notifySuccess(te('templateEditor.discarded', { name }));
          navigate('/templates/manage');
        },
        onError: (error) => {
          if (!(error instanceof ApiError && error.code === 'TEMPLATE_DRAFT_CONFLICT')) {
            notifyProblem(error, t);
            return;
          }
          // what happened as the title, who changed the draft and when (the server's words) below it
          notifications.show({
            color: 'red',
            title: te('templateEditor.discardConflict'),
            message: error.problem.detail,
            autoClose: 8000,
            closeButtonProps: { 'aria-label': t('common.close') },
          });
          setAsking(false);
          onReload();
        },
      },
    );
  return { asking, setAsking, confirm, pending: discard.isPending };
}
