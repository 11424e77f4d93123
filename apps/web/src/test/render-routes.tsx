import type { SessionView } from '@nguon/contracts';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, Routes, useLocation } from 'react-router';
import { AppProviders } from '../app-providers';
import { SessionContext } from '../auth/session-context';

// happy-dom has no document.fonts; Mantine's autosizing textareas listen on it
if (typeof document !== 'undefined' && !('fonts' in document)) {
  Object.defineProperty(document, 'fonts', { value: new EventTarget(), configurable: true });
}

/** Where the router is, for tests that follow a navigation. */
function WhereAmI() {
  const location = useLocation();
  return <output data-testid="location">{`${location.pathname}${location.search}`}</output>;
}

/** Test support: a section's routes inside the app's providers, signed in with `session`, starting at `path`. */
export function renderRoutes(path: string, session: SessionView, routes: ReactNode) {
  return render(
    <AppProviders>
      <SessionContext value={session}>
        <MemoryRouter initialEntries={[path]}>
          <WhereAmI />
          <Routes>{routes}</Routes>
        </MemoryRouter>
      </SessionContext>
    </AppProviders>,
  );
}
