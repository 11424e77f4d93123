import { Center, Loader } from '@mantine/core';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useT } from '../i18n/use-t';
import { QueryState } from '../ui/query-state';
import { SessionContext } from './session-context';
import { useSessionQuery } from './use-auth';

/** Routes behind sign-in: without a session the person goes to /sign-in and comes back afterwards. */
export function RequireSession() {
  const t = useT();
  const location = useLocation();
  const session = useSessionQuery();
  if (session.isPending) {
    return (
      <Center h="100dvh">
        <Loader role="progressbar" aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (session.error) {
    return <QueryState isPending={false} error={session.error} onRetry={() => session.refetch()} />;
  }
  if (!session.data) return <Navigate to="/sign-in" replace state={{ from: location.pathname }} />;
  return (
    <SessionContext value={session.data}>
      <Outlet />
    </SessionContext>
  );
}
