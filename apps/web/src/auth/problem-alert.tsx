import { Alert } from '@mantine/core';
import { ApiError } from '@nguon/contracts/client';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useT } from '../i18n/use-t';

/** The API's localized message above a form on the screens before sign-in (or a network hint). */
export function ProblemAlert({ error, testId }: { error: unknown; testId: string }) {
  const t = useT();
  if (!error) return null;
  return (
    <Alert color="red" icon={<IconAlertTriangle size={20} />} role="alert" data-testid={testId}>
      {error instanceof ApiError ? error.problem.detail : t('error.network')}
    </Alert>
  );
}
