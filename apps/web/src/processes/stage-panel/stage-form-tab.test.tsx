import type { StageForm } from '@nguon/domain';
import { compileFormModel, emptyFormModel, parseFormSchema } from '@nguon/forms';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { AppProviders } from '../../app-providers';
import { SessionContext } from '../../auth/session-context';
import { createFakeCatalogApi, fakeCatalog } from '../../catalogs/testing/fake-catalog-api';
import { fakeSession } from '../testing/fake-process-api';
import { StageFormTab } from './stage-form-tab';

// The API client binds fetch when its module loads: route it to whichever fake the test sets up.
const server = vi.hoisted(() => {
  type Fetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  const holder: { fetch: Fetch } = { fetch: () => Promise.reject(new Error('no fake api')) };
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => holder.fetch(input, init);
  return holder;
});

// happy-dom has no document.fonts; Mantine's autosizing textareas listen on it
if (typeof document !== 'undefined' && !('fonts' in document)) {
  Object.defineProperty(document, 'fonts', { value: new EventTarget(), configurable: true });
}

function Host({ onChange }: { onChange: (form: StageForm) => void }) {
  const [form, setForm] = useState<StageForm>(compileFormModel(emptyFormModel()));
  const change = (next: StageForm) => {
    setForm(next);
    onChange(next);
  };
  return <StageFormTab form={form} readOnly={false} onChange={change} />;
}

function renderTab() {
  const api = createFakeCatalogApi(fakeSession('owner'), {
    catalogs: [fakeCatalog()],
    items: [],
    products: [],
  });
  server.fetch = api.fetch;
  const onChange = vi.fn<(form: StageForm) => void>();
  render(
    <AppProviders>
      <SessionContext value={fakeSession('owner')}>
        <MemoryRouter>
          <Host onChange={onChange} />
        </MemoryRouter>
      </SessionContext>
    </AppProviders>,
  );
  const lastCatalogIds = () => {
    const form = onChange.mock.calls.at(-1)?.[0];
    const parsed = form && parseFormSchema(form.schema, form.uiSchema);
    return parsed?.ok ? parsed.model.fields.map((field) => field.catalogId) : ['unparsed'];
  };
  return { api, lastCatalogIds };
}

describe('a stage form’s catalog lookup field', { timeout: 30_000 }, () => {
  it('starts on no catalog, with a problem, until the owner chooses one', async () => {
    const { lastCatalogIds } = renderTab();
    fireEvent.click(await screen.findByTestId('fb-palette-catalog'));
    // once the owner's catalogs have loaded, a second lookup field still starts on none
    await waitFor(() => expect(screen.queryByTestId('fb-catalogs-empty')).toBeNull());
    fireEvent.click(screen.getByTestId('fb-palette-catalog'));
    expect(lastCatalogIds()).toEqual(['', '']); // no catalog is stored as an empty x-catalog
    expect(screen.getByTestId('fb-problems').textContent).toMatch(/danh mục/);
    expect(screen.getByTestId('fb-prop-catalog').getAttribute('aria-invalid')).toBe('true');
  });

  it('can create its catalog from the field, in the catalogs’ own dialog, and points at it', async () => {
    const { api, lastCatalogIds } = renderTab();
    fireEvent.click(await screen.findByTestId('fb-palette-catalog'));
    fireEvent.click(screen.getByTestId('fb-catalog-create'));
    fireEvent.change(await screen.findByTestId('catalog-name-vi'), { target: { value: 'Đàn ong' } });
    fireEvent.click(screen.getByTestId('catalog-create-submit'));
    await waitFor(() => expect(api.callsTo('POST', /\/catalogs$/)).toHaveLength(1));
    await waitFor(() => expect(lastCatalogIds()).toEqual(['00000000-0000-4000-8000-0000000000c3']));
    expect(screen.queryByTestId('fb-problems')).toBeNull();
  });
});
