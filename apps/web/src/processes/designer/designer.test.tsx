import type { ProcessDefinition } from '@nguon/domain';
import { compileFormModel, newFormField } from '@nguon/forms';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
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

async function openDesigner(definition: ProcessDefinition, role: 'owner' | 'viewer' = 'owner') {
  const api = createFakeProcessApi(fakeSession(role), [fakeProcess(processId(1), definition)]);
  server.fetch = api.fetch;
  renderProcesses(`/processes/${processId(1)}`, fakeSession(role));
  await screen.findByTestId('stage-node-a');
  return api;
}

const saveState = () => screen.getByTestId('designer-save-state').getAttribute('data-state');
const savedDefinitions = (api: ReturnType<typeof createFakeProcessApi>) =>
  api.callsTo('PUT', /\/draft$/).map((call) => call.body);

// each step renders the designer in happy-dom and waits for the one-second autosave: slow on a busy runner
describe('process designer', { timeout: 20_000 }, () => {
  it('shows the stages of the draft as cards with their keys and start marker', async () => {
    await openDesigner(fixtureChain('a', 'b'));
    const first = screen.getByTestId('stage-node-a');
    expect(within(first).getByText('Công đoạn a')).toBeTruthy();
    expect(within(first).getByText('Bắt đầu')).toBeTruthy();
    expect(screen.getByTestId('stage-node-b')).toBeTruthy();
    expect(saveState()).toBe('saved');
    expect(screen.getByTestId('designer-problems').textContent).toContain('Không có vấn đề nào');
  });

  it('adds the next stage with "+", saves it a moment later against the revision, and undoes it', async () => {
    const api = await openDesigner(fixtureChain('a'));
    fireEvent.click(screen.getByTestId('stage-add-next-a'));
    expect(await screen.findByTestId('stage-node-cong_doan_2')).toBeTruthy();
    expect(saveState()).toBe('dirty');
    await waitFor(() => expect(saveState()).toBe('saved'), { timeout: 3000 });
    const [sent] = api.callsTo('PUT', /\/draft$/);
    expect(sent?.body).toMatchObject({
      revision: 1,
      definition: { stages: [{ key: 'a' }, { key: 'cong_doan_2' }] },
    });
    expect(sent?.body).toMatchObject({ definition: { edges: [{ source: 's-a' }] } });

    fireEvent.click(screen.getByTestId('designer-undo'));
    await waitFor(() => expect(screen.queryByTestId('stage-node-cong_doan_2')).toBeNull());
    fireEvent.click(screen.getByTestId('designer-redo'));
    expect(await screen.findByTestId('stage-node-cong_doan_2')).toBeTruthy();
  });

  it('edits the selected stage in the side panel; typing a name is one undo step', async () => {
    await openDesigner(fixtureChain('a', 'b'));
    fireEvent.click(screen.getByText('Công đoạn b'));
    const name = await screen.findByTestId('stage-name-vi');
    for (const text of ['T', 'Th', 'Thu']) fireEvent.change(name, { target: { value: text } });
    expect(within(screen.getByTestId('stage-node-b')).getByText('Thu')).toBeTruthy();
    fireEvent.change(screen.getByTestId('stage-key'), { target: { value: 'a' } });
    expect(await screen.findByText(/Mã này đã dùng cho công đoạn/)).toBeTruthy();
    fireEvent.click(screen.getByTestId('designer-undo'));
    fireEvent.click(screen.getByTestId('designer-undo'));
    expect(within(await screen.findByTestId('stage-node-b')).getByText('Công đoạn b')).toBeTruthy();
  });

  it('edits the stage form in the form builder, in the same undo history', async () => {
    const api = await openDesigner(fixtureChain('a'));
    fireEvent.click(screen.getByText('Công đoạn a'));
    fireEvent.click(await screen.findByTestId('stage-tab-form'));
    fireEvent.click(await screen.findByTestId('fb-palette-date'));
    expect(await screen.findByTestId('fb-field-ngay')).toBeTruthy();
    await waitFor(() => expect(savedDefinitions(api)).toHaveLength(1), { timeout: 3000 });
    expect(savedDefinitions(api)[0]).toMatchObject({
      definition: { stages: [{ form: { schema: { properties: { ngay: { format: 'date' } } } } }] },
    });
    fireEvent.click(screen.getByTestId('designer-undo'));
    await waitFor(() => expect(screen.queryByTestId('fb-field-ngay')).toBeNull());
  });

  it('lets a stage set the lot quantity from one of its number fields with a unit, saved in the stage', async () => {
    const chain = fixtureChain('a', 'b');
    const weighed = compileFormModel({
      fields: [
        { ...newFormField('number', 'weight', { vi: 'Khối lượng', en: 'Weight' }), unit: 'kg' },
        newFormField('number', 'moisture', { vi: 'Độ ẩm', en: 'Moisture' }),
      ],
      rules: [],
    });
    const api = await openDesigner({
      ...chain,
      stages: chain.stages.map((stage) => (stage.key === 'a' ? { ...stage, form: weighed } : stage)),
    });
    fireEvent.click(screen.getByText('Công đoạn b'));
    const select = await screen.findByTestId('stage-lot-quantity');
    expect(select).toHaveProperty('value', 'Không ghi');
    expect(screen.getByText(/Thêm một trường Số đo có đơn vị/)).toBeTruthy();
    fireEvent.click(screen.getByText('Công đoạn a'));
    await waitFor(() => expect(screen.queryByText(/Thêm một trường Số đo có đơn vị/)).toBeNull());
    fireEvent.click(screen.getByTestId('stage-lot-quantity'));
    // only the field with a unit is offered; the moisture figure has none
    expect(screen.queryByRole('option', { name: /Độ ẩm/, hidden: true })).toBeNull();
    fireEvent.click(await screen.findByRole('option', { name: 'Khối lượng (kg)', hidden: true }));
    await waitFor(() => expect(savedDefinitions(api)).toHaveLength(1), { timeout: 3000 });
    expect(savedDefinitions(api)[0]).toMatchObject({
      definition: { stages: [{ key: 'a', lotQuantityField: 'weight' }, { key: 'b' }] },
    });
    expect(screen.getByTestId('designer-problems').textContent).toContain('Không có vấn đề nào');
  });

  it('adds a stage from the palette, copies and pastes it, and deletes it after asking', async () => {
    await openDesigner(fixtureChain('a'));
    fireEvent.click(screen.getByTestId('designer-palette-packaging'));
    const packing = await screen.findByTestId('stage-node-dong_goi_2');
    expect(within(packing).getByText('Đóng gói 2')).toBeTruthy();
    expect(screen.getByTestId('stage-kind')).toHaveProperty('value', 'Đóng gói');

    fireEvent.keyDown(document.body, { key: 'c', ctrlKey: true });
    fireEvent.keyDown(document.body, { key: 'v', ctrlKey: true });
    expect(await screen.findByTestId('stage-node-dong_goi_3')).toBeTruthy();

    fireEvent.keyDown(document.body, { key: 'Delete' });
    fireEvent.click(await screen.findByTestId('confirm-ok'));
    await waitFor(() => expect(screen.queryByTestId('stage-node-dong_goi_3')).toBeNull());
    expect(screen.getByTestId('stage-node-dong_goi_2')).toBeTruthy();
  });

  it('lays the stages out left to right as one undoable step', async () => {
    const chain = fixtureChain('a', 'b');
    const api = await openDesigner({
      ...chain,
      stages: chain.stages.map((stage) => ({ ...stage, position: { x: 0, y: 0 } })),
    });
    fireEvent.click(screen.getByTestId('designer-layout'));
    await waitFor(() => expect(savedDefinitions(api)).toHaveLength(1), { timeout: 3000 });
    const [a, b] = api.processes[0]?.draft.definition.stages ?? [];
    expect((b?.position.x ?? 0) - (a?.position.x ?? 0)).toBeGreaterThanOrEqual(240);
    fireEvent.click(screen.getByTestId('designer-undo'));
    expect(screen.getByTestId('designer-undo')).toHaveProperty('disabled', true);
  });

  it('lists problems live, blocks publishing, and a click on one selects its stage', async () => {
    const chain = fixtureChain('a', 'b');
    await openDesigner({ ...chain, edges: [] });
    const problem = await screen.findByTestId('problem-0');
    expect(problem.textContent).toContain('Công đoạn b');
    expect(screen.getByTestId('designer-publish').getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(problem);
    const panel = await screen.findByTestId('designer-stage-panel');
    expect(within(panel).getByTestId('stage-name-vi')).toHaveProperty('value', 'Công đoạn b');
  });

  it('stops saving on a conflict and offers to load the latest draft or keep mine as a new process', async () => {
    const api = await openDesigner(fixtureChain('a'));
    api.answerOnce(
      'PUT',
      /\/draft$/,
      problemAnswer(409, 'PROCESS_DRAFT_CONFLICT', 'Minh đã sửa bản nháp lúc 09:00.'),
    );
    fireEvent.click(screen.getByTestId('stage-add-next-a'));
    expect((await screen.findByTestId('designer-conflict', {}, { timeout: 3000 })).textContent).toContain(
      'Minh đã sửa bản nháp lúc 09:00.',
    );
    expect(saveState()).toBe('conflict');
    expect(screen.getByTestId('conflict-reload')).toBeTruthy();
    expect(screen.getByTestId('conflict-copy')).toBeTruthy();
    fireEvent.click(screen.getByTestId('stage-node-a'));
    expect(screen.queryByTestId('stage-add-next-a')).toBeNull();
    await act(() => new Promise((resolve) => setTimeout(resolve, 1500)));
    expect(savedDefinitions(api)).toHaveLength(1);
  });

  it('does not resend a draft the server refused as bad input until the owner edits it again', async () => {
    const api = await openDesigner(fixtureChain('a'));
    api.answerOnce('PUT', /\/draft$/, problemAnswer(409, 'PROCESS_ARCHIVED', 'Quy trình đã lưu trữ.'));
    fireEvent.click(screen.getByTestId('stage-add-next-a'));
    await waitFor(() => expect(saveState()).toBe('error'), { timeout: 3000 });
    await act(() => new Promise((resolve) => setTimeout(resolve, 6000)));
    expect(api.callsTo('PUT', /\/draft$/)).toHaveLength(1);
  }, 15_000);

  it('publishes a saved, sound draft with a note', async () => {
    const api = await openDesigner(fixtureChain('a', 'b'));
    const publish = screen.getByTestId('designer-publish');
    await waitFor(() => expect(publish.getAttribute('aria-disabled')).toBe('false'));
    fireEvent.click(publish);
    fireEvent.change(await screen.findByTestId('publish-note'), { target: { value: 'Bản đầu tiên' } });
    fireEvent.click(screen.getByTestId('publish-submit'));
    await waitFor(() => expect(api.callsTo('POST', /\/versions$/)).toHaveLength(1));
    expect(api.callsTo('POST', /\/versions$/)[0]?.body).toEqual({ revision: 1, note: 'Bản đầu tiên' });
    expect(await screen.findByText('Đã phát hành phiên bản 1.')).toBeTruthy();
  });

  it('shows viewers the process read-only', async () => {
    await openDesigner(fixtureChain('a', 'b'), 'viewer');
    expect(screen.getByTestId('designer-read-only')).toBeTruthy();
    expect(screen.queryByTestId('designer-palette-stage')).toBeNull();
    expect(screen.queryByTestId('stage-add-next-a')).toBeNull();
    expect(screen.queryByTestId('designer-undo')).toBeNull();
    expect(screen.queryByTestId('designer-publish')).toBeNull();
    fireEvent.click(screen.getByText('Công đoạn a'));
    expect(await screen.findByTestId('stage-name-vi')).toHaveProperty('disabled', true);
  });
});
