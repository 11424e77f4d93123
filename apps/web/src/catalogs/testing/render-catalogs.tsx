import type { SessionView } from '@nguon/contracts';
import { render } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { AppProviders } from '../../app-providers';
import { SessionContext } from '../../auth/session-context';
import { inProcessValidatorFactory } from '../../form-renderer/in-process-validator';
import { FormValidatorFactoryContext } from '../../form-renderer/use-form-validator';
import { ProductListPage } from '../../products/product-list-page';
import { ProductPage } from '../../products/product-page';
import { CatalogListPage } from '../catalog-list-page';
import { CatalogPage } from '../catalog-page';

// happy-dom has no document.fonts; Mantine's autosizing textareas listen on it
if (typeof document !== 'undefined' && !('fonts' in document)) {
  Object.defineProperty(document, 'fonts', { value: new EventTarget(), configurable: true });
}

/** Test support: the catalog and product screens inside the app's providers, signed in with `session`. */
export function renderCatalogScreens(path: string, session: SessionView) {
  return render(
    <AppProviders>
      <SessionContext value={session}>
        <FormValidatorFactoryContext value={inProcessValidatorFactory}>
          <MemoryRouter initialEntries={[path]}>
            <Routes>
              <Route path="/catalogs" element={<CatalogListPage />} />
              <Route path="/catalogs/:id" element={<CatalogPage />} />
              <Route path="/products" element={<ProductListPage />} />
              <Route path="/products/:id" element={<ProductPage />} />
            </Routes>
          </MemoryRouter>
        </FormValidatorFactoryContext>
      </SessionContext>
    </AppProviders>,
  );
}
