import { Alert, Button, Center, Loader } from '@mantine/core';
import { Component, type ReactNode } from 'react';
import { useT } from '../i18n/use-t';

/** Shown while a screen's script arrives: screens are loaded on first visit, not with the app. */
export function PageLoading() {
  const t = useT();
  return (
    <Center py="xl" mih="50dvh">
      <Loader aria-label={t('common.loading')} />
    </Center>
  );
}

function PageLoadFailed() {
  const t = useT();
  return (
    <Alert color="red" title={t('error.pageLoadFailed')} role="alert" m="md">
      {t('error.network')}
      {/* a reload also picks up a new release whose script names replaced the ones this page asked for */}
      <Button variant="white" color="red" mt="sm" onClick={() => window.location.reload()} display="block">
        {t('common.retry')}
      </Button>
    </Alert>
  );
}

interface BoundaryState {
  failed: boolean;
}

/** A screen whose script could not be fetched (weak signal, or a release replaced it) says so instead of a blank page. */
export class PageLoadBoundary extends Component<{ children: ReactNode }, BoundaryState> {
  override state: BoundaryState = { failed: false };

  static getDerivedStateFromError(): BoundaryState {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? <PageLoadFailed /> : this.props.children;
  }
}
