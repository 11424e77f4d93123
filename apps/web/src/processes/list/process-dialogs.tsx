import type { ProcessSummary } from '@nguon/contracts/client';
import { type ReactNode, useState } from 'react';
import { useT } from '../../i18n/use-t';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { notifyProblem, notifySuccess } from '../../ui/notify';
import { exportFileName, useExportProcess, useUpdateProcess } from '../process-api';
import { DuplicateProcessModal, RenameProcessModal } from './process-edit-modals';
import type { ProcessRowAction } from './process-row-actions';

type Dialog = { kind: 'rename' | 'duplicate' | 'archive'; process: ProcessSummary } | null;

export interface ProcessDialogs {
  onAction: (action: ProcessRowAction, process: ProcessSummary) => void;
  dialogs: ReactNode;
}

/** The dialogs behind a row's menu: rename, duplicate, archive (confirmed); unarchive and export act at once. */
export function useProcessDialogs(): ProcessDialogs {
  const t = useT();
  const update = useUpdateProcess();
  const exportProcess = useExportProcess();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const feedback = (message: string) => ({
    onSuccess: () => notifySuccess(message),
    onError: (error: unknown) => notifyProblem(error, t),
  });

  const onAction = (action: ProcessRowAction, process: ProcessSummary) => {
    const name = process.name.vi;
    if (action === 'export') {
      exportProcess.mutate(
        { id: process.id },
        feedback(t('designer.exported', { file: exportFileName(name) })),
      );
    } else if (action === 'unarchive') {
      update.mutate(
        { id: process.id, body: { archived: false } },
        feedback(t('designer.unarchived', { name })),
      );
    } else setDialog({ kind: action, process });
  };

  const archive = (process: ProcessSummary) =>
    update.mutate(
      { id: process.id, body: { archived: true } },
      { ...feedback(t('designer.archivedDone', { name: process.name.vi })), onSettled: close },
    );

  const target = dialog?.process;
  const dialogs = (
    <>
      {dialog?.kind === 'rename' && <RenameProcessModal process={dialog.process} onClose={close} />}
      {dialog?.kind === 'duplicate' && <DuplicateProcessModal process={dialog.process} onClose={close} />}
      <ConfirmDialog
        opened={dialog?.kind === 'archive'}
        title={t('designer.archiveTitle', { name: target?.name.vi ?? '' })}
        body={t('designer.archiveBody')}
        confirmLabel={t('designer.archive')}
        loading={update.isPending}
        onConfirm={() => target && archive(target)}
        onClose={close}
      />
    </>
  );
  return { onAction, dialogs };
}
