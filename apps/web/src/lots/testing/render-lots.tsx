import type { SessionView } from '@nguon/contracts';
import { render } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { AppProviders } from '../../app-providers';
import { SessionContext } from '../../auth/session-context';
import { inProcessValidatorFactory } from '../../form-renderer/in-process-validator';
import { FormValidatorFactoryContext } from '../../form-renderer/use-form-validator';
import { LotPage } from '../lot-page';
import { LotsPage } from '../lots-page';
import { StageEntryPage } from '../stage-entry-page';
import { TransformationPage } from '../transformation-page';

// happy-dom has no document.fonts; Mantine's autosizing textareas listen on it
if (typeof document !== 'undefined' && !('fonts' in document)) {
  Object.defineProperty(document, 'fonts', { value: new EventTarget(), configurable: true });
}

/** Shows where the screens navigated to, so a test can assert the address a clerk lands on. */
function WhereAmI() {
  const location = useLocation();
  return <output data-testid="location">{`${location.pathname}${location.search}${location.hash}`}</output>;
}

/** Test support: the lot screens inside the app's providers, signed in with `session`, starting at `path`. */
export function renderLotScreens(path: string, session: SessionView) {
  return render(
    <AppProviders>
      <SessionContext value={session}>
        <FormValidatorFactoryContext value={inProcessValidatorFactory}>
          <MemoryRouter initialEntries={[path]}>
            <WhereAmI />
            <Routes>
              <Route path="/lots" element={<LotsPage />} />
              <Route path="/lots/:id" element={<LotPage />} />
              <Route path="/lots/:id/stages/:stageId" element={<StageEntryPage />} />
              <Route path="/transformations/new" element={<TransformationPage />} />
            </Routes>
          </MemoryRouter>
        </FormValidatorFactoryContext>
      </SessionContext>
    </AppProviders>,
  );
}
