import type { ProcessDefinition } from '@nguon/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fixtureChain } from '../process-fixtures';
import { createFakeProcessApi, fakeProcess, fakeSession, processId } from '../testing/fake-process-api';
import { renderProcesses } from '../testing/render-processes';

// The API client binds fetch when its module loads: route it to whichever fake the test sets up.
const server = vi.hoisted(() => {
  type Fetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  const holder: { fetch: Fetch } = { fetch: () => Promise.reject(new Error('no fake api')) };
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => holder.fetch(input, init);
  return holder;
});

async function openDesigner(definition: ProcessDefinition) {
  const api = createFakeProcessApi(fakeSession('owner'), [fakeProcess(processId(1), definition)]);
  server.fetch = api.fetch;
  renderProcesses(`/processes/${processId(1)}`, fakeSession('owner'));
  await screen.findByTestId('stage-node-a');
  return api;
}

const typeName = (value: string) =>
  fireEvent.change(screen.getByTestId('stage-name-vi'), { target: { value } });

// each step renders the designer in happy-dom and waits for the one-second autosave: slow on a busy runner
describe('process designer: names, keys and English', { timeout: 30_000 }, () => {
  it("a new stage's English follows its Vietnamese name, marked and counted until translated", async () => {
    await openDesigner(fixtureChain('a'));
    expect(screen.queryByTestId('designer-untranslated')).toBeNull();
    fireEvent.click(screen.getByTestId('stage-add-next-a'));
    await screen.findByTestId('stage-name-vi');
    typeName('Thu hoạch');
    const node = await screen.findByTestId('stage-node-thu_hoach');
    expect(screen.getByTestId('stage-name-en').getAttribute('placeholder')).toBe('Thu hoạch');
    expect(within(node).getByTestId('stage-untranslated-thu_hoach').textContent).toMatch(
      /^ ?1 ?1 nhãn chưa có tiếng Anh$/,
    );
    expect(screen.getByTestId('designer-untranslated').textContent).toBe('1 nhãn chưa có tiếng Anh');
    fireEvent.change(screen.getByTestId('stage-name-en'), { target: { value: 'Harvest' } });
    expect(within(node).queryByTestId('stage-untranslated-thu_hoach')).toBeNull();
    expect(screen.queryByTestId('designer-untranslated')).toBeNull();
  });

  it("a stage's key follows its name until the process is published, then stays", async () => {
    const api = await openDesigner(fixtureChain('a'));
    fireEvent.click(screen.getByTestId('stage-add-next-a'));
    await screen.findByTestId('stage-name-vi');
    typeName('Thu hoạch');
    expect(screen.getByTestId('stage-key')).toHaveProperty('value', 'thu_hoach');
    typeName('Thu hoạch mật');
    expect(screen.getByTestId('stage-key')).toHaveProperty('value', 'thu_hoach_mat');

    const publish = screen.getByTestId('designer-publish');
    await waitFor(() => expect(publish.getAttribute('aria-disabled')).toBe('false'), { timeout: 5000 });
    fireEvent.click(publish);
    fireEvent.click(await screen.findByTestId('publish-submit'));
    await waitFor(() => expect(api.callsTo('POST', /\/versions$/)).toHaveLength(1));
    await screen.findByText('Đã phát hành phiên bản 1.');

    fireEvent.click(within(screen.getByTestId('stage-node-thu_hoach_mat')).getByText('Thu hoạch mật'));
    await waitFor(() => expect(screen.getByTestId('stage-key')).toHaveProperty('value', 'thu_hoach_mat'));
    typeName('Quay mật');
    expect(screen.getByTestId('stage-key')).toHaveProperty('value', 'thu_hoach_mat');
  });

  it('keeps a key the owner typed by hand', async () => {
    await openDesigner(fixtureChain('a'));
    fireEvent.click(screen.getByTestId('stage-add-next-a'));
    await screen.findByTestId('stage-name-vi');
    fireEvent.change(screen.getByTestId('stage-key'), { target: { value: 'harvest' } });
    typeName('Thu hoạch');
    expect(screen.getByTestId('stage-key')).toHaveProperty('value', 'harvest');
  });
});
