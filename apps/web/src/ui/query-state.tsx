import { Alert, Button, Center, Loader } from '@mantine/core';
import { ApiError } from '@nguon/contracts/client';
import { useT } from '../i18n/use-t';

interface QueryStateProps {
  isPending: boolean;
  error: unknown;
  onRetry: () => void;
}

/** What a screen shows while its data loads or when loading failed; null once the data is there. */
export function QueryState({ isPending, error, onRetry }: QueryStateProps) {
  const t = useT();
  if (error) {
    return (
      <Alert color="red" title={t('error.loadFailed')} role="alert">
        {error instanceof ApiError ? error.problem.detail : t('error.network')}
        <Button variant="white" color="red" mt="sm" onClick={onRetry} display="block">
          {t('common.retry')}
        </Button>
      </Alert>
    );
  }
  if (isPending) {
    return (
      <Center py="xl">
        <Loader role="progressbar" aria-label={t('common.loading')} />
      </Center>
    );
  }
  return null;
}
