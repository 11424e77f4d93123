import type { ProcessDiffView } from '@nguon/contracts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fixtureChain } from '../process-fixtures';
import { createFakeProcessApi, fakeProcess, fakeSession, processId } from '../testing/fake-process-api';
import { renderProcesses } from '../testing/render-processes';

const server = vi.hoisted(() => {
  type Fetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  const holder: { fetch: Fetch } = { fetch: () => Promise.reject(new Error('no fake api')) };
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => holder.fetch(input, init);
  return holder;
});

const diff: ProcessDiffView = {
  from: '1',
  to: 'draft',
  stages: [
    { change: 'unchanged', key: 'a', name: { vi: 'Công đoạn a', en: '' }, stageChanges: [], fields: [] },
    {
      change: 'changed',
      key: 'b',
      name: { vi: 'Thu hoạch', en: '' },
      stageChanges: [
        { property: 'name', before: { vi: 'Công đoạn b', en: '' }, after: { vi: 'Thu hoạch', en: '' } },
      ],
      fields: [
        {
          change: 'changed',
          key: 'ghi_chu',
          label: { vi: 'Ghi chú', en: 'Note' },
          changes: [{ property: 'required', before: false, after: true }],
        },
      ],
    },
  ],
  edges: { added: [], removed: [] },
};

// each step renders the designer in happy-dom and waits for the one-second autosave: slow on a busy runner
describe('versions', { timeout: 20_000 }, () => {
  it('publishes, lists the version, compares it with the draft and colours the changed stage', async () => {
    const api = createFakeProcessApi(fakeSession('owner'), [
      fakeProcess(processId(1), fixtureChain('a', 'b')),
    ]);
    server.fetch = api.fetch;
    renderProcesses(`/processes/${processId(1)}`, fakeSession('owner'));
    const publish = await screen.findByTestId('designer-publish');
    await waitFor(() => expect(publish.getAttribute('aria-disabled')).toBe('false'));
    fireEvent.click(publish);
    fireEvent.change(await screen.findByTestId('publish-note'), { target: { value: 'Bản đầu' } });
    fireEvent.click(screen.getByTestId('publish-submit'));
    await waitFor(() => expect(publish.getAttribute('aria-disabled')).toBe('true'));

    fireEvent.click(screen.getByText('Công đoạn b'));
    fireEvent.change(await screen.findByTestId('stage-name-vi'), { target: { value: 'Thu hoạch' } });
    await waitFor(
      () => expect(screen.getByTestId('designer-save-state').getAttribute('data-state')).toBe('saved'),
      {
        timeout: 3000,
      },
    );

    api.answerOnce('GET', /\/diff$/, { status: 200, body: diff });
    fireEvent.click(screen.getByTestId('designer-versions'));
    const row = await screen.findByTestId('version-row-1');
    expect(within(row).getByText('Bản đầu')).toBeTruthy();
    fireEvent.click(within(row).getByTestId('version-compare-1'));
    const view = await screen.findByTestId('diff-view');
    expect(within(view).getByText('Thu hoạch')).toBeTruthy();
    expect(within(view).getByText('Ghi chú')).toBeTruthy();
    expect(view.textContent).toContain('Bắt buộc: Không → Có');
    expect(api.callsTo('GET', /\/diff$/)).toHaveLength(1);
    await waitFor(() =>
      expect(screen.getByTestId('stage-node-b').getAttribute('data-change')).toBe('changed'),
    );
  });

  it('shows a version read-only on the canvas and restores it into the draft', async () => {
    const chain = fixtureChain('a', 'b');
    const api = createFakeProcessApi(fakeSession('owner'), [fakeProcess(processId(1), chain)]);
    server.fetch = api.fetch;
    renderProcesses(`/processes/${processId(1)}`, fakeSession('owner'));
    const publish = await screen.findByTestId('designer-publish');
    await waitFor(() => expect(publish.getAttribute('aria-disabled')).toBe('false'));
    fireEvent.click(publish);
    fireEvent.click(await screen.findByTestId('publish-submit'));
    await waitFor(() => expect(publish.getAttribute('aria-disabled')).toBe('true'));

    fireEvent.click(screen.getByTestId('stage-add-next-b'));
    await waitFor(
      () => expect(screen.getByTestId('designer-save-state').getAttribute('data-state')).toBe('saved'),
      {
        timeout: 3000,
      },
    );
    fireEvent.click(screen.getByTestId('designer-versions'));
    fireEvent.click(await screen.findByTestId('version-view-1'));
    expect((await screen.findByTestId('designer-version-banner')).textContent).toContain(
      'Đang xem phiên bản 1 — chỉ đọc',
    );
    await waitFor(() => expect(screen.queryByTestId('stage-node-cong_doan_3')).toBeNull());
    expect(screen.queryByTestId('stage-add-next-a')).toBeNull();
    fireEvent.click(screen.getByTestId('designer-back-to-draft'));
    expect(await screen.findByTestId('stage-node-cong_doan_3')).toBeTruthy();

    fireEvent.click(screen.getByTestId('designer-versions'));
    fireEvent.click(await screen.findByTestId('version-restore-1'));
    fireEvent.click(await screen.findByTestId('confirm-ok'));
    await waitFor(() => expect(screen.queryByTestId('stage-node-cong_doan_3')).toBeNull());
    expect(api.callsTo('POST', /\/restore$/)[0]?.body).toEqual({ revision: 2 });
  });
});
