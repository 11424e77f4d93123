import type { ProcessDiffView, ProcessTemplateLink, ProcessTemplateUpdateView } from '@nguon/contracts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { renderRoutes } from '../../test/render-routes';
import { fixtureChain } from '../process-fixtures';
import { createFakeProcessApi, fakeProcess, fakeSession, processId } from '../testing/fake-process-api';
import { renderProcesses } from '../testing/render-processes';
import { chosenStageKeys, preselectedStageKeys } from './template-stage-choice';
import { TemplateUpdateDrawer } from './template-update-drawer';

const server = vi.hoisted(() => {
  type Fetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  const holder: { fetch: Fetch } = { fetch: () => Promise.reject(new Error('no fake api')) };
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => holder.fetch(input, init);
  return holder;
});

const link: ProcessTemplateLink = {
  templateId: '00000000-0000-4000-8000-00000000e001',
  key: 'che-shan-tuyet',
  name: { vi: 'Chè Shan tuyết cổ thụ', en: 'Ancient Shan tuyet tea' },
  baseVersion: 1,
  latestVersion: 2,
  updateAvailable: true,
};

const diff: ProcessDiffView = {
  from: '1',
  to: '2',
  stages: [
    {
      change: 'changed',
      key: 'a',
      name: { vi: 'Chăm sóc', en: 'Care' },
      stageChanges: [],
      fields: [
        {
          change: 'added',
          key: 'luong_nuoc',
          label: { vi: 'Lượng nước tưới', en: 'Water' },
          changes: [],
        },
      ],
    },
    {
      change: 'changed',
      key: 'b',
      name: { vi: 'Thu hái', en: 'Picking' },
      stageChanges: [
        { property: 'name', before: { vi: 'Hái', en: '' }, after: { vi: 'Thu hái', en: 'Picking' } },
      ],
      fields: [],
    },
    { change: 'added', key: 'c', name: { vi: 'Sao chè', en: 'Roasting' }, stageChanges: [], fields: [] },
  ],
  edges: { added: [{ source: 'b', target: 'c' }], removed: [] },
};

const update: ProcessTemplateUpdateView = {
  link,
  diff,
  stages: [
    { key: 'a', change: 'changed', taken: false, editedHere: false },
    { key: 'b', change: 'changed', taken: false, editedHere: true },
    { key: 'c', change: 'added', taken: true, editedHere: false },
  ],
  note: { vi: 'Thêm công việc tưới', en: 'Adds irrigation' },
};

describe('choosing template stages', () => {
  it('pre-checks what is not taken and not edited here, and sends only offered stages', () => {
    expect([...preselectedStageKeys(update.stages)]).toEqual(['a']);
    expect(chosenStageKeys(update.stages, new Set(['c', 'b', 'x']))).toEqual(['b']);
  });
});

// renders the designer in happy-dom: slow on a busy runner
describe('template update in the designer', { timeout: 20_000 }, () => {
  it('shows the banner, the diff per stage, and takes the chosen stages into the draft', async () => {
    const api = createFakeProcessApi(fakeSession('owner'), [
      fakeProcess(processId(1), fixtureChain('a', 'b'), { template: link }),
    ]);
    server.fetch = api.fetch;
    renderProcesses(`/processes/${processId(1)}`, fakeSession('owner'));
    const banner = await screen.findByTestId('template-update-banner');
    expect(banner.textContent).toContain('Mẫu Chè Shan tuyết cổ thụ có phiên bản mới 2');
    expect(api.callsTo('GET', /template-update$/)).toHaveLength(0);

    api.answerOnce('GET', /template-update$/, { status: 200, body: update });
    fireEvent.click(within(banner).getByTestId('template-update-open'));
    const care = await screen.findByTestId('template-stage-a');
    expect(care.textContent).toContain('Lượng nước tưới');
    expect(screen.getByTestId('template-update-drawer').textContent).toContain('b → c');
    const check = (key: string) => screen.getByTestId(`template-stage-check-${key}`);
    expect((check('a') as HTMLInputElement).checked).toBe(true);
    expect((check('b') as HTMLInputElement).checked).toBe(false);
    expect(screen.getByTestId('template-stage-b').textContent).toContain(
      'Bạn đã sửa công đoạn này; lấy thay đổi sẽ thay thế phần bạn đã sửa.',
    );
    expect((check('c') as HTMLInputElement).disabled).toBe(true);
    fireEvent.click(check('b'));
    fireEvent.click(screen.getByTestId('template-update-finish'));
    const take = screen.getByTestId('template-update-take');
    expect(take.textContent).toBe('Lấy 2 công đoạn đã chọn');

    const process = api.processes[0];
    if (!process) throw new Error('no process');
    api.answerOnce('POST', /template-update$/, {
      status: 200,
      body: { draft: process.draft, link: { ...link, baseVersion: 1 } },
    });
    process.template = { ...link, updateAvailable: true };
    fireEvent.click(take);
    await waitFor(() =>
      expect(api.callsTo('POST', /template-update$/)[0]?.body).toEqual({
        revision: 1,
        stageKeys: ['a', 'b'],
        finish: false,
      }),
    );
    // the designer reads the process and its draft again
    await waitFor(() => expect(api.callsTo('GET', /^\/api\/v1\/processes\/[^/]+$/)).toHaveLength(2));
  });

  it('lets the banner go once the update is marked done', async () => {
    const api = createFakeProcessApi(fakeSession('owner'), [
      fakeProcess(processId(1), fixtureChain('a', 'b'), { template: link }),
    ]);
    server.fetch = api.fetch;
    renderProcesses(`/processes/${processId(1)}`, fakeSession('owner'));
    api.answerOnce('GET', /template-update$/, { status: 200, body: update });
    fireEvent.click(await screen.findByTestId('template-update-open'));
    const take = await screen.findByTestId('template-update-take');
    const process = api.processes[0];
    if (!process) throw new Error('no process');
    const done = { ...link, baseVersion: 2, updateAvailable: false };
    api.answerOnce('POST', /template-update$/, { status: 200, body: { draft: process.draft, link: done } });
    process.template = done;
    fireEvent.click(take);
    await waitFor(() => expect(screen.queryByTestId('template-update-banner')).toBeNull());
    expect(api.callsTo('POST', /template-update$/)[0]?.body).toEqual({
      revision: 1,
      stageKeys: ['a'],
      finish: true,
    });
  });

  it('takes nothing while the draft has unsaved edits', async () => {
    const api = createFakeProcessApi(fakeSession('owner'), [
      fakeProcess(processId(1), fixtureChain('a', 'b'), { template: link }),
    ]);
    server.fetch = api.fetch;
    api.answerOnce('GET', /template-update$/, { status: 200, body: update });
    const drawer = (draftSaved: boolean) => (
      <TemplateUpdateDrawer
        processId={processId(1)}
        name="Chè"
        revision={1}
        draftSaved={draftSaved}
        onClose={() => {}}
        onTaken={() => {}}
      />
    );
    renderRoutes('/', fakeSession('owner'), <Route path="/" element={drawer(false)} />);
    const take = await screen.findByTestId('template-update-take');
    expect(take.hasAttribute('disabled')).toBe(true);
  });

  it('shows no banner to a viewer, who cannot take changes', async () => {
    const api = createFakeProcessApi(fakeSession('viewer'), [
      fakeProcess(processId(1), fixtureChain('a', 'b'), { template: link }),
    ]);
    server.fetch = api.fetch;
    renderProcesses(`/processes/${processId(1)}`, fakeSession('viewer'));
    await screen.findByTestId('designer-read-only');
    expect(screen.queryByTestId('template-update-banner')).toBeNull();
  });

  it('names the template a process came from in the processes list', async () => {
    const api = createFakeProcessApi(fakeSession('owner'), [
      fakeProcess(processId(1), fixtureChain('a', 'b'), { template: link }),
      fakeProcess(processId(2), fixtureChain('a')),
    ]);
    server.fetch = api.fetch;
    renderProcesses('/processes', fakeSession('owner'));
    const row = await screen.findByTestId('process-row-0');
    expect(within(row).getByTestId('process-template-origin').textContent).toBe(
      'Từ mẫu Chè Shan tuyết cổ thụ, phiên bản 1có bản mới 2',
    );
    expect(within(screen.getByTestId('process-row-1')).queryByTestId('process-template-origin')).toBeNull();
  });
});
