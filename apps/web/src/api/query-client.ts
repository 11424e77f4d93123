import { notifications } from '@mantine/notifications';
import { ApiError } from '@nguon/contracts/client';
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isSessionGone } from './problems';
import { sessionKey } from './query-keys';

/** The app's query client: a 401 that means "sign in again" anywhere drops the session, and the guard sends the person to sign-in. */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: dropSessionIfGone }),
    mutationCache: new MutationCache({ onError: dropSessionIfGone }),
    defaultOptions: {
      queries: {
        refetchOnWindowFocus: false,
        staleTime: 30_000,
        retry: (failures, error) => !(error instanceof ApiError) && failures < 2,
      },
    },
  });
  function dropSessionIfGone(error: unknown): void {
    if (!isSessionGone(error) || !(error instanceof ApiError)) return;
    notifications.show({ id: 'session-gone', color: 'orange', message: error.problem.detail });
    client.setQueryData(sessionKey, null);
  }
  return client;
}
