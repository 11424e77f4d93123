import { screen } from '@testing-library/react';
import { Route } from 'react-router';
import { renderRoutes } from '../../test/render-routes';
import { expertSession } from '../template-fixtures';
import { draftId } from './draft-fixtures';
import { TemplateEditorPage } from './template-editor-page';

/** Test support: the editor page of the fake draft at desktop size, and the managing page it goes back to. */
const editorRoutes = (
  <>
    <Route
      path="/templates/manage/drafts/:id"
      element={
        <div style={{ width: 1280, height: 800 }}>
          <TemplateEditorPage />
        </div>
      }
    />
    <Route path="/templates/manage" element={<p>manage</p>} />
  </>
);

/** Renders the editor for an expert and waits until the designer shows the tea draft's first stage. */
export async function renderTemplateEditor(): Promise<void> {
  renderRoutes(`/templates/manage/drafts/${draftId}`, expertSession(), editorRoutes);
  await screen.findByTestId('stage-node-chon_doi');
}
