import { notifications } from '@mantine/notifications';
import { ApiError } from '@nguon/contracts/client';
import { isSessionGone } from '../api/problems';
import { getLang } from '../i18n/lang-store';
import { type Translate, translate } from '../i18n/use-t';

const closeLabel = () => ({ 'aria-label': translate(getLang(), 'common.close') });

/** A problem the person should see: the server's localized message, or a network hint. */
export function notifyProblem(error: unknown, t: Translate): void {
  // the query client already tells the person and sends them to sign-in
  if (isSessionGone(error)) return;
  notifyError(error instanceof ApiError ? error.problem.detail : t('error.network'), t);
}

/** A message of the app's own catalogue that stops an action, shown like the server's problems. */
export function notifyError(message: string, t: Translate): void {
  notifications.show({
    color: 'red',
    title: t('error.title'),
    message,
    autoClose: 8000,
    closeButtonProps: closeLabel(),
  });
}

export function notifySuccess(message: string): void {
  notifications.show({ color: 'leaf', message, closeButtonProps: closeLabel() });
}
