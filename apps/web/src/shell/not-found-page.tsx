import { Button, EmptyState } from '@mantine/core';
import { IconMapPin } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useT } from '../i18n/use-t';

export function NotFoundPage() {
  const t = useT();
  return (
    <EmptyState
      mt="xl"
      variant="light"
      icon={<IconMapPin size={32} />}
      title={t('error.notFound.title')}
      description={t('error.notFound.body')}
    >
      <EmptyState.Actions>
        <Button component={Link} to="/">
          {t('error.notFound.home')}
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
