import type { SessionView } from '@nguon/contracts';
import { render } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { AppProviders } from '../../app-providers';
import { SessionContext } from '../../auth/session-context';
import { LabelBatchPage } from '../label-batch-page';
import { LabelLayoutsPage } from '../label-layouts-page';
import { LabelsPage } from '../labels-page';

// happy-dom has no document.fonts; Mantine's autosizing textareas listen on it
if (typeof document !== 'undefined' && !('fonts' in document)) {
  Object.defineProperty(document, 'fonts', { value: new EventTarget(), configurable: true });
}

function WhereAmI() {
  const location = useLocation();
  return <output data-testid="location">{`${location.pathname}${location.search}`}</output>;
}

/** Test support: the label screens inside the app's providers, signed in with `session`, starting at `path`. */
export function renderLabelScreens(path: string, session: SessionView) {
  return render(
    <AppProviders>
      <SessionContext value={session}>
        <MemoryRouter initialEntries={[path]}>
          <WhereAmI />
          <Routes>
            <Route path="/labels" element={<LabelsPage />} />
            <Route path="/labels/batches/:id" element={<LabelBatchPage />} />
            <Route path="/labels/layouts" element={<LabelLayoutsPage />} />
            <Route path="/labels/l/:serial" element={<output data-testid="label-page" />} />
          </Routes>
        </MemoryRouter>
      </SessionContext>
    </AppProviders>,
  );
}
