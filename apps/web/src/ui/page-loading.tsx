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

/** A screen's script that did not arrive, as browsers word it; anything else thrown while rendering is a bug. */
export function isScriptLoadFailure(error: unknown): boolean {
  return (
    error instanceof Error &&
    /dynamically imported module|Importing a module script failed|Loading chunk|Unable to preload/i.test(
      error.message,
    )
  );
}

function PageLoadFailed({ network }: { network: boolean }) {
  const t = useT();
  return (
    <Alert color="red" title={t('error.pageLoadFailed')} role="alert" m="md">
      {t(network ? 'error.network' : 'error.screenFailed')}
      {/* a reload also picks up a new release whose script names replaced the ones this page asked for */}
      <Button variant="white" color="red" mt="sm" onClick={() => window.location.reload()} display="block">
        {t('common.retry')}
      </Button>
    </Alert>
  );
}

interface BoundaryState {
  failed: 'script' | 'screen' | null;
}

/**
 * A screen that cannot show says so instead of a blank page: a script that could not be fetched (weak signal, or
 * a release replaced it) as a network problem, anything else as a fault of the screen, never as the network's.
 */
export class PageLoadBoundary extends Component<{ children: ReactNode }, BoundaryState> {
  override state: BoundaryState = { failed: null };

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { failed: isScriptLoadFailure(error) ? 'script' : 'screen' };
  }

  override render() {
    return this.state.failed ? (
      <PageLoadFailed network={this.state.failed === 'script'} />
    ) : (
      this.props.children
    );
  }
}
