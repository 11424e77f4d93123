import { Button, EmptyState } from '@mantine/core';
import { IconMapPin } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useT } from '../i18n/use-t';

export function NotFoundPage() {
  const t = useT();
  return (
    <EmptyState mt="xl" variant="light" icon={<IconMapPin size={32} />}>
      {/* a title of its own, not the prop, so that it is the screen's h1 */}
      <EmptyState.Title order={1}>{t('error.notFound.title')}</EmptyState.Title>
      <EmptyState.Description>{t('error.notFound.body')}</EmptyState.Description>
      <EmptyState.Actions>
        <Button component={Link} to="/">
          {t('error.notFound.home')}
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
