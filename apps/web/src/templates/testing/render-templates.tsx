import type { SessionView } from '@nguon/contracts';
import { Route } from 'react-router';
import { FormValidatorFactoryContext } from '../../form-renderer';
import { inProcessValidatorFactory } from '../../form-renderer/in-process-validator';
import { renderRoutes } from '../../test/render-routes';
import { TemplateListPage } from '../template-list-page';
import { TemplatePreviewPage } from '../template-preview-page';

/** Test support: the library's two screens, and a stand-in designer route to land on after "use". */
export function renderTemplates(path: string, session: SessionView) {
  return renderRoutes(
    path,
    session,
    <>
      <Route path="/templates" element={<TemplateListPage />} />
      <Route
        path="/templates/:id"
        element={
          <FormValidatorFactoryContext value={inProcessValidatorFactory}>
            <TemplatePreviewPage />
          </FormValidatorFactoryContext>
        }
      />
      <Route path="/processes/:id" element={<output data-testid="designer-stand-in" />} />
    </>,
  );
}
