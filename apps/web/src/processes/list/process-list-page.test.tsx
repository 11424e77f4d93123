import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fixtureChain } from '../process-fixtures';
import {
  createFakeProcessApi,
  fakeProcess,
  fakeSession,
  problemAnswer,
  processId,
} from '../testing/fake-process-api';
import { renderProcesses } from '../testing/render-processes';

// The API client binds fetch when its module loads: route it to whichever fake the test sets up.
const server = vi.hoisted(() => {
  type Fetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  const holder: { fetch: Fetch } = { fetch: () => Promise.reject(new Error('no fake api')) };
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => holder.fetch(input, init);
  return holder;
});

function serve(role: 'owner' | 'viewer', processes = [fakeProcess(processId(1), fixtureChain('a', 'b'))]) {
  const api = createFakeProcessApi(fakeSession(role), processes);
  server.fetch = api.fetch;
  renderProcesses('/processes', fakeSession(role));
  return api;
}

async function chooseOption(testId: string, label: string) {
  const input = screen.getByTestId(testId);
  fireEvent.focus(input);
  fireEvent.click(input);
  fireEvent.click(await screen.findByRole('option', { name: label, hidden: true }));
}

describe('processes list', { timeout: 20_000 }, () => {
  it('shows each process with its product type, version state and stage count', async () => {
    serve('owner', [
      fakeProcess(processId(1), fixtureChain('a', 'b')),
      fakeProcess(processId(2), fixtureChain('a'), {
        name: { vi: 'Quy trình lúa', en: '' },
        productType: 'rice',
        unpublishedChanges: false,
        latestVersion: {
          id: '00000000-0000-4000-8000-000000000100',
          number: 3,
          note: '',
          stageCount: 1,
          publishedAt: '2025-03-02T08:00:00Z',
          publishedBy: null,
        },
      }),
    ]);
    const first = await screen.findByTestId('process-row-0');
    expect(within(first).getByText('Quy trình chè')).toBeTruthy();
    expect(within(first).getByText('Chè (trà)')).toBeTruthy();
    expect(within(first).getByText('Chưa phát hành')).toBeTruthy();
    expect(within(first).getByTestId('process-unpublished')).toBeTruthy();
    const second = screen.getByTestId('process-row-1');
    expect(within(second).getByText('Phiên bản 3')).toBeTruthy();
    expect(within(second).queryByTestId('process-unpublished')).toBeNull();
    expect(within(second).getByText('Lúa gạo')).toBeTruthy();
  });

  it('tells an owner with no process what to do, and creates one with a name and product type', async () => {
    const api = serve('owner', []);
    expect((await screen.findByTestId('processes-empty')).textContent).toContain('Tạo quy trình');
    fireEvent.click(screen.getByTestId('process-create'));
    fireEvent.click(await screen.findByTestId('process-create-submit'));
    expect(await screen.findAllByText('Cần điền mục này.')).toBeTruthy();
    fireEvent.change(screen.getByTestId('process-name-vi'), { target: { value: 'Quy trình lúa ST25' } });
    await chooseOption('process-product-type', 'Lúa gạo');
    fireEvent.click(screen.getByTestId('process-create-submit'));
    await waitFor(() => expect(api.callsTo('POST', /^\/api\/v1\/processes$/)).toHaveLength(1));
    expect(api.callsTo('POST', /^\/api\/v1\/processes$/)[0]?.body).toEqual({
      name: { vi: 'Quy trình lúa ST25', en: '' },
      productType: 'rice',
    });
    expect(await screen.findByTestId('designer-canvas')).toBeTruthy();
  });

  it('shows viewers the list read-only', async () => {
    serve('viewer');
    await screen.findByTestId('process-row-0');
    expect(screen.getByTestId('processes-read-only')).toBeTruthy();
    expect(screen.queryByTestId('process-create')).toBeNull();
    expect(screen.queryByTestId('process-import')).toBeNull();
  });

  it('says plainly why an imported file was refused, ours or the server’s', async () => {
    const api = serve('owner', []);
    fireEvent.click(await screen.findByTestId('process-import'));
    await screen.findByTestId('process-import-file');
    // Mantine's FileInput is a button in front of a hidden file input
    const input = document.querySelector('input[type="file"]');
    if (!input) throw new Error('no file input');
    const pick = (text: string) =>
      fireEvent.change(input, {
        target: { files: [new File([text], 'lua.nguon-process.json', { type: 'application/json' })] },
      });
    pick('không phải JSON');
    fireEvent.click(screen.getByTestId('process-import-submit'));
    expect((await screen.findByTestId('process-import-error')).textContent).toContain('không phải JSON');

    api.answerOnce(
      'POST',
      /import$/,
      problemAnswer(
        422,
        'PROCESS_FORM_INVALID',
        'Biểu mẫu của công đoạn thu_hoach không hợp lệ: thiếu nhãn',
        {
          errors: [{ path: '/definition/stages/0/form', message: 'Thiếu nhãn của trường' }],
        },
      ),
    );
    pick(
      JSON.stringify({
        format: 'nguon.process',
        formatVersion: 1,
        name: { vi: 'Lúa', en: '' },
        definition: {},
      }),
    );
    fireEvent.click(screen.getByTestId('process-import-submit'));
    const error = await screen.findByText(/Biểu mẫu của công đoạn thu_hoach/);
    expect(error).toBeTruthy();
    expect(screen.getByText('Thiếu nhãn của trường')).toBeTruthy();
  });
});
