import { Modal, type ModalProps } from '@mantine/core';
import { useT } from '../i18n/use-t';

/** The app's modal dialog: centred, its close button named in the person's language. */
export function AppModal(props: ModalProps) {
  const t = useT();
  return <Modal centered closeButtonProps={{ 'aria-label': t('common.close') }} {...props} />;
}
