import { EmptyState } from '@mantine/core';
import { IconBuildingStore } from '@tabler/icons-react';
import { Navigate } from 'react-router';
import { accessOf, useSession } from '../auth/session-context';
import { useT } from '../i18n/use-t';
import { navItemsFor } from './nav-items';

/** `/` opens the first section the person may use; someone with tenants but none chosen is asked to choose. */
export function HomeRedirect() {
  const t = useT();
  const session = useSession();
  const first = navItemsFor(accessOf(session))[0];
  if (first) return <Navigate to={`/${first}`} replace />;
  return (
    <EmptyState mt="xl" variant="light" icon={<IconBuildingStore size={32} />}>
      <EmptyState.Title order={1}>{t('home.chooseTenant.title')}</EmptyState.Title>
      <EmptyState.Description>{t('home.chooseTenant.body')}</EmptyState.Description>
    </EmptyState>
  );
}
