import type { ProcessSummary } from '@nguon/contracts/client';
import { useNavigate } from 'react-router';
import { translate, useT } from '../../i18n/use-t';
import { notifySuccess } from '../../ui/notify';
import { useCreateProcess, useDuplicateProcess, useUpdateProcess } from '../process-api';
import { ProcessNameModal } from './process-name-modal';

interface ProcessModalProps {
  process: ProcessSummary;
  onClose: () => void;
}

export function RenameProcessModal({ process, onClose }: ProcessModalProps) {
  const t = useT();
  const update = useUpdateProcess();
  return (
    <ProcessNameModal
      opened
      title={t('designer.renameTitle')}
      submitLabel={t('common.save')}
      withProductType
      initial={process}
      loading={update.isPending}
      onClose={onClose}
      onSubmit={(body, showError) =>
        update.mutate(
          { id: process.id, body },
          {
            onSuccess: () => {
              notifySuccess(t('designer.renamed'));
              onClose();
            },
            onError: showError,
          },
        )
      }
    />
  );
}

/** The copy's name in both languages, whatever language the person works in. */
function copyName(process: ProcessSummary) {
  return {
    vi: translate('vi', 'designer.copyName', { name: process.name.vi }),
    en: process.name.en ? translate('en', 'designer.copyName', { name: process.name.en }) : '',
  };
}

export function DuplicateProcessModal({ process, onClose }: ProcessModalProps) {
  const t = useT();
  const duplicate = useDuplicateProcess();
  return (
    <ProcessNameModal
      opened
      title={t('designer.duplicateTitle')}
      submitLabel={t('designer.duplicate')}
      hint={t('designer.duplicateHint')}
      withProductType={false}
      initial={{ productType: process.productType, name: copyName(process) }}
      loading={duplicate.isPending}
      onClose={onClose}
      onSubmit={({ name }, showError) =>
        duplicate.mutate(
          { id: process.id, name },
          {
            onSuccess: (copy) => {
              notifySuccess(t('designer.duplicated', { name: copy.name.vi }));
              onClose();
            },
            onError: showError,
          },
        )
      }
    />
  );
}

/** Creates a process with an empty draft and opens it in the designer. */
export function CreateProcessModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const t = useT();
  const navigate = useNavigate();
  const createProcess = useCreateProcess();
  return (
    <ProcessNameModal
      opened={opened}
      title={t('designer.createTitle')}
      submitLabel={t('designer.createSubmit')}
      withProductType
      initial={{ name: { vi: '', en: '' }, productType: null }}
      loading={createProcess.isPending}
      onClose={onClose}
      onSubmit={(body, showError) =>
        createProcess.mutate(body, {
          onSuccess: (process) => {
            notifySuccess(t('designer.created', { name: process.name.vi }));
            navigate(`/processes/${process.id}`);
          },
          onError: showError,
        })
      }
    />
  );
}
