import type { ProcessDefinition } from '@nguon/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fixtureJob, fixtureWithJobs } from '../process-fixtures';
import { createFakeProcessApi, fakeProcess, fakeSession, processId } from '../testing/fake-process-api';
import { renderProcesses } from '../testing/render-processes';

// The API client binds fetch when its module loads: route it to whichever fake the test sets up.
const server = vi.hoisted(() => {
  type Fetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  const holder: { fetch: Fetch } = { fetch: () => Promise.reject(new Error('no fake api')) };
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => holder.fetch(input, init);
  return holder;
});

function care(overrides: Parameters<typeof fixtureJob>[1] = {}): ProcessDefinition {
  return fixtureWithJobs(
    'cham_soc',
    [
      fixtureJob('bon_phan', { repeatable: true }),
      fixtureJob('phun_thuoc', {}, true),
      fixtureJob('lam_co', overrides),
    ],
    'gieo',
    'cham_soc',
    'thu_hoach',
  );
}

// the jobs editors load lazily: their first import may take a while on a busy runner
const findLazy = (testId: string) => screen.findByTestId(testId, {}, { timeout: 8000 });

async function openDesigner(definition: ProcessDefinition) {
  const api = createFakeProcessApi(fakeSession('owner'), [fakeProcess(processId(1), definition)]);
  server.fetch = api.fetch;
  renderProcesses(`/processes/${processId(1)}`, fakeSession('owner'));
  await findLazy('stage-node-cham_soc');
  return api;
}

async function openJobsOfCare() {
  fireEvent.click(screen.getByText('Công đoạn cham_soc'));
  fireEvent.click(await findLazy('stage-tab-jobs'));
  return screen.findByTestId('stage-jobs');
}

const rowKeys = () =>
  screen.getAllByTestId(/^job-row-/).map((row) => row.getAttribute('data-testid')?.replace('job-row-', ''));
const savedJobs = (api: ReturnType<typeof createFakeProcessApi>) => {
  const body = api.callsTo('PUT', /\/draft$/).at(-1)?.body as { definition: ProcessDefinition } | undefined;
  return body?.definition.stages[1]?.jobs?.map((job) => job.key);
};

describe('the jobs of a stage in the designer', { timeout: 30_000 }, () => {
  it('lists the jobs on the card with their marks, and the stage shows no form tab of its own', async () => {
    await openDesigner(care());
    const card = screen.getByTestId('stage-node-cham_soc');
    expect(within(card).getByTestId('stage-job-bon_phan').textContent).toContain('Việc bon_phan');
    expect(within(card).getAllByTitle('Ghi nhiều lần')).toHaveLength(1);
    expect(within(card).getAllByTitle('Bắt buộc')).toHaveLength(3);
    await openJobsOfCare();
    expect(screen.queryByTestId('stage-tab-form')).toBeNull();
  });

  it('adds a job with a key from its name and opens it; reorders with buttons, undone as one step', async () => {
    const api = await openDesigner(care());
    await openJobsOfCare();
    fireEvent.change(screen.getByTestId('job-new-name'), { target: { value: 'Tưới nước' } });
    fireEvent.click(screen.getByTestId('job-add'));
    expect(((await findLazy('job-key')) as HTMLInputElement).value).toBe('tuoi_nuoc');
    expect(screen.getByTestId('job-open-name').textContent).toBe('Tưới nước');
    fireEvent.click(screen.getByTestId('job-back'));
    await findLazy('stage-jobs');
    expect(rowKeys()).toEqual(['bon_phan', 'phun_thuoc', 'lam_co', 'tuoi_nuoc']);

    fireEvent.click(screen.getByTestId('job-up-lam_co'));
    expect(rowKeys()).toEqual(['bon_phan', 'lam_co', 'phun_thuoc', 'tuoi_nuoc']);
    // the keyboard stays on the moved job's arrow, so it can be pressed again
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('job-up-lam_co')));
    expect(screen.getByTestId('job-up-bon_phan')).toHaveProperty('disabled', true);
    await waitFor(() => expect(savedJobs(api)).toEqual(['bon_phan', 'lam_co', 'phun_thuoc', 'tuoi_nuoc']), {
      timeout: 3000,
    });
    fireEvent.click(screen.getByTestId('designer-undo'));
    await waitFor(() => expect(rowKeys()).toEqual(['bon_phan', 'phun_thuoc', 'lam_co', 'tuoi_nuoc']));
  });

  it('removes a job without fields at once, and asks before removing one with fields', async () => {
    await openDesigner(care());
    await openJobsOfCare();
    fireEvent.change(screen.getByTestId('job-new-name'), { target: { value: 'Tỉa cành' } });
    fireEvent.click(screen.getByTestId('job-add'));
    fireEvent.click(await findLazy('job-back'));
    fireEvent.click(await findLazy('job-remove-tia_canh'));
    expect(rowKeys()).toEqual(['bon_phan', 'phun_thuoc', 'lam_co']);

    fireEvent.click(screen.getByTestId('job-remove-lam_co'));
    expect(await screen.findByText('Xoá công việc Việc lam_co?')).toBeTruthy();
    expect(rowKeys()).toHaveLength(3);
    fireEvent.click(screen.getByTestId('confirm-ok'));
    await waitFor(() => expect(rowKeys()).toEqual(['bon_phan', 'phun_thuoc']));
  });

  it('edits a job: once or repeatable, required, a minimum count only when both, and its own form', async () => {
    const api = await openDesigner(care());
    await openJobsOfCare();
    fireEvent.click(screen.getByTestId('job-open-phun_thuoc'));
    await findLazy('job-name-vi');
    expect(screen.queryByTestId('job-min-count')).toBeNull();
    fireEvent.click(within(screen.getByTestId('job-repeatable')).getByText('Nhiều lần'));
    fireEvent.change(await findLazy('job-min-count'), { target: { value: '2' } });
    fireEvent.click(screen.getByTestId('job-tab-form'));
    fireEvent.click(await findLazy('fb-palette-date'));
    expect(await findLazy('fb-field-ngay')).toBeTruthy();
    await waitFor(
      () => {
        const body = api.callsTo('PUT', /\/draft$/).at(-1)?.body as { definition: ProcessDefinition };
        const spray = body.definition.stages[1]?.jobs?.[1];
        expect(spray).toMatchObject({ repeatable: true, minCount: 2 });
        expect(Object.keys((spray?.form.schema.properties as object) ?? {})).toContain('ngay');
      },
      { timeout: 3000 },
    );
  });

  it('names the job in the problems strip, and a click opens that job', async () => {
    await openDesigner(care({ minCount: 2 }));
    const problem = await findLazy('problem-0');
    expect(problem.textContent).toContain('Công đoạn cham_soc › Việc lam_co');
    fireEvent.click(problem);
    expect((await findLazy('job-open-name')).textContent).toBe('Việc lam_co');
  });
});
