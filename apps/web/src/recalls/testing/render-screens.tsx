import type { SessionView } from '@nguon/contracts';
import { render } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { AppProviders } from '../../app-providers';
import { SessionContext } from '../../auth/session-context';
import { CatalogItemLotsPage } from '../../trace/catalog-item-lots-page';
import { InspectedTracePage } from '../../trace/inspected-trace-page';
import { TracePage } from '../../trace/trace-page';
import { InspectedRecallPage, InspectedRecallsPage } from '../inspected-recalls-page';
import { NewRecallPage } from '../new-recall-page';
import { RecallPage } from '../recall-page';
import { RecallsPage } from '../recalls-page';

// happy-dom has no document.fonts; Mantine's autosizing textareas listen on it
if (typeof document !== 'undefined' && !('fonts' in document)) {
  Object.defineProperty(document, 'fonts', { value: new EventTarget(), configurable: true });
}

function WhereAmI() {
  const location = useLocation();
  return <output data-testid="location">{`${location.pathname}${location.search}`}</output>;
}

/** Test support: the recall and trace screens inside the app's providers, signed in with `session`, at `path`. */
export function renderRecallScreens(path: string, session: SessionView) {
  return render(
    <AppProviders>
      <SessionContext value={session}>
        <MemoryRouter initialEntries={[path]}>
          <WhereAmI />
          <Routes>
            <Route path="/recalls" element={<RecallsPage />} />
            <Route path="/recalls/new" element={<NewRecallPage />} />
            <Route path="/recalls/:id" element={<RecallPage />} />
            <Route path="/oversight" element={<InspectedRecallsPage />} />
            <Route path="/oversight/recalls/:id" element={<InspectedRecallPage />} />
            <Route path="/oversight/lots/:id/trace" element={<InspectedTracePage />} />
            <Route path="/lots/:id/trace" element={<TracePage />} />
            <Route path="/catalogs/:id/items/:itemId/lots" element={<CatalogItemLotsPage />} />
          </Routes>
        </MemoryRouter>
      </SessionContext>
    </AppProviders>,
  );
}
