import type { SessionView } from '@nguon/contracts';
import { Route } from 'react-router';
import { renderRoutes } from '../../test/render-routes';
import { LabelBatchPage } from '../label-batch-page';
import { LabelLayoutsPage } from '../label-layouts-page';
import { LabelsPage } from '../labels-page';

/** Test support: the label screens inside the app's providers, signed in with `session`, starting at `path`. */
export function renderLabelScreens(path: string, session: SessionView) {
  return renderRoutes(
    path,
    session,
    <>
      <Route path="/labels" element={<LabelsPage />} />
      <Route path="/labels/batches/:id" element={<LabelBatchPage />} />
      <Route path="/labels/layouts" element={<LabelLayoutsPage />} />
      <Route path="/labels/l/:serial" element={<output data-testid="label-page" />} />
    </>,
  );
}
