import type { SessionView } from '@nguon/contracts';
import { render } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { AppProviders } from '../../app-providers';
import { SessionContext } from '../../auth/session-context';
import { DesignerPage } from '../designer/designer-page';
import { ProcessListPage } from '../list/process-list-page';

// happy-dom has no document.fonts; Mantine's autosizing textareas (in the form builder) listen on it
if (typeof document !== 'undefined' && !('fonts' in document)) {
  Object.defineProperty(document, 'fonts', { value: new EventTarget(), configurable: true });
}

/** Test support: the two process screens inside the app's providers, signed in with `session`. */
export function renderProcesses(path: string, session: SessionView) {
  return render(
    <AppProviders>
      <SessionContext value={session}>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path="/processes" element={<ProcessListPage />} />
            <Route
              path="/processes/:id"
              element={
                <div style={{ width: 1280, height: 800 }}>
                  <DesignerPage />
                </div>
              }
            />
          </Routes>
        </MemoryRouter>
      </SessionContext>
    </AppProviders>,
  );
}
