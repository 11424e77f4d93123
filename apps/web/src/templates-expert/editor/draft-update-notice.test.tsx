import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { renderRoutes } from '../../test/render-routes';
import { expertSession } from '../template-fixtures';
import { fakeTemplateDraft } from './draft-fixtures';
import { DraftUpdateNotice } from './draft-update-notice';

// the changes never arrive: this file is about the drawer's chunk, which loads on the first click only
vi.hoisted(() => {
  globalThis.fetch = () => new Promise<Response>(() => {});
});

describe('the notice of a newer version', { timeout: 30_000 }, () => {
  it('shows its button loading while the drawer is fetched, then the drawer with its own loader', async () => {
    const draft = fakeTemplateDraft({ latestVersion: 3 });
    const notice = (
      <DraftUpdateNotice draft={draft} stages={[]} latest={3} blocker={null} onReload={() => {}} />
    );
    renderRoutes('/', expertSession(), <Route path="/" element={notice} />);
    const open = screen.getByTestId('draft-update-open');
    expect(open.hasAttribute('data-loading')).toBe(false);
    fireEvent.click(open);
    // a slow phone waits for the chunk: the button says so rather than nothing happening
    expect(open.getAttribute('data-loading')).toBe('true');
    await screen.findByTestId('draft-update-drawer', {}, { timeout: 8000 });
    await waitFor(() => expect(open.hasAttribute('data-loading')).toBe(false));
    expect(await screen.findByRole('progressbar')).toBeTruthy();
  });
});
