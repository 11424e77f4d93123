import type { SessionView } from '@nguon/contracts';
import { Route } from 'react-router';
import { renderRoutes } from '../../test/render-routes';
import { CatalogItemLotsPage } from '../../trace/catalog-item-lots-page';
import { InspectedTracePage } from '../../trace/inspected-trace-page';
import { TracePage } from '../../trace/trace-page';
import { InspectedRecallPage, InspectedRecallsPage } from '../inspected-recalls-page';
import { NewRecallPage } from '../new-recall-page';
import { RecallPage } from '../recall-page';
import { RecallsPage } from '../recalls-page';

/** Test support: the recall and trace screens inside the app's providers, signed in with `session`, at `path`. */
export function renderRecallScreens(path: string, session: SessionView) {
  return renderRoutes(
    path,
    session,
    <>
      <Route path="/recalls" element={<RecallsPage />} />
      <Route path="/recalls/new" element={<NewRecallPage />} />
      <Route path="/recalls/:id" element={<RecallPage />} />
      <Route path="/oversight" element={<InspectedRecallsPage />} />
      <Route path="/oversight/recalls/:id" element={<InspectedRecallPage />} />
      <Route path="/oversight/lots/:id/trace" element={<InspectedTracePage />} />
      <Route path="/lots/:id/trace" element={<TracePage />} />
      <Route path="/catalogs/:id/items/:itemId/lots" element={<CatalogItemLotsPage />} />
    </>,
  );
}
