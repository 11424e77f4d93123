import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeSession } from '../processes/testing/fake-process-api';
import { createFakeLotApi, type FakeLotState, problemAnswer } from './testing/fake-lot-api';
import {
  careStage,
  careView,
  fertJob,
  jobEntry,
  jobsDetail,
  sprayJob,
  weedJob,
} from './testing/job-fixtures';
import { fakeDetail, fakeLot, lotId } from './testing/lot-fixtures';
import { renderLotScreens } from './testing/render-lots';

const server = vi.hoisted(() => {
  type Fetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  const holder: { fetch: Fetch } = { fetch: () => Promise.reject(new Error('no fake api')) };
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => holder.fetch(input, init);
  return holder;
});

const recordsPath = /^\/api\/v1\/lots\/[^/]+\/records$/;
const closePath = /\/stages\/st_care\/close$/;

function serve(state: Partial<FakeLotState>, path: string) {
  const api = createFakeLotApi(fakeSession('clerk'), {
    work: [],
    lots: [],
    details: [],
    entries: [],
    products: [],
    ...state,
  });
  server.fetch = api.fetch;
  renderLotScreens(path, fakeSession('clerk'));
  return api;
}

const stagePage = `/lots/${lotId(1)}/stages/${careStage.stageId}`;
const careDetail = (jobs = [fertJob(1), sprayJob(0), weedJob(0)]) =>
  fakeDetail(fakeLot(1), [], { stages: [careView(jobs)] });

describe('a stage with jobs', { timeout: 30_000 }, () => {
  it('lists the jobs with what they have and need; finishing is disabled with the missing jobs named', async () => {
    serve({ details: [careDetail()], entries: [jobEntry(sprayJob())] }, stagePage);
    const panel = await screen.findByTestId('jobs');
    expect(within(panel).getByTestId('jobs-job-0').textContent).toContain('Bón phân');
    expect(within(panel).getByTestId('jobs-job-0-count').textContent).toBe('1/2');
    expect(within(panel).getByTestId('jobs-job-1-count').textContent).toBe('0 · tuỳ chọn');
    expect(screen.getByTestId('jobs-finish').hasAttribute('disabled')).toBe(true);
    expect(screen.getByTestId('jobs-finish-reason').textContent).toBe(
      'Chưa kết thúc được: còn thiếu Bón phân (1/2).',
    );
    fireEvent.click(within(panel).getByTestId('jobs-job-1'));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe(`${stagePage}?job=j_spray`));
    expect(await screen.findByRole('heading', { name: 'Chăm sóc › Phun thuốc' })).toBeTruthy();
  });

  it('finishes the stage after asking, sent once with an Idempotency-Key', async () => {
    const detail = careDetail([fertJob(2), sprayJob(1), weedJob(1)]);
    const api = serve({ details: [detail], entries: [jobEntry(sprayJob())] }, stagePage);
    fireEvent.click(await screen.findByTestId('jobs-finish'));
    expect(await screen.findByText('Kết thúc công đoạn Chăm sóc?')).toBeTruthy();
    expect(api.callsTo('POST', closePath)).toHaveLength(0);
    fireEvent.click(screen.getByTestId('confirm-ok'));
    await waitFor(() => expect(api.callsTo('POST', closePath)).toHaveLength(1));
    const [call] = api.callsTo('POST', closePath);
    expect(call?.body).toEqual({});
    expect(call?.idempotencyKey).toBeTruthy();
  });

  it('shows a refusal of the finish under its button', async () => {
    const api = serve(
      { details: [careDetail([fertJob(2), sprayJob(1), weedJob(1)])], entries: [jobEntry(sprayJob())] },
      stagePage,
    );
    api.answerOnce(
      'POST',
      closePath,
      problemAnswer(
        422,
        'STAGE_JOBS_MISSING',
        'Chưa kết thúc được công đoạn Chăm sóc: còn thiếu Làm cỏ (0/1).',
      ),
    );
    fireEvent.click(await screen.findByTestId('jobs-finish'));
    fireEvent.click(await screen.findByTestId('confirm-ok'));
    expect((await screen.findByTestId('lot-problem')).textContent).toContain('còn thiếu Làm cỏ (0/1)');
  });

  it('shows the waiting period before typing and sends the job with the record', async () => {
    const waiting = [
      {
        afterJobName: { vi: 'Phun thuốc', en: 'Spraying' },
        afterEventTime: '2999-06-05T02:00:00Z',
        days: 7,
        firstAllowedDay: '2999-06-12',
        onBreach: 'refuse' as const,
      },
    ];
    const api = serve({ entries: [jobEntry(sprayJob(1), waiting)] }, `${stagePage}?job=j_spray`);
    expect((await screen.findByTestId('entry-wait-0')).textContent).toBe(
      'Phun thuốc sớm nhất từ ngày 12/06/2999: lần Phun thuốc gần nhất 05/06/2999, cách ly 7 ngày.',
    );
    fireEvent.change(await screen.findByLabelText(/Tên thuốc/), { target: { value: 'Abamectin' } });
    fireEvent.click(screen.getByTestId('entry-submit'));
    await waitFor(() => expect(api.callsTo('POST', recordsPath)).toHaveLength(1));
    expect(api.callsTo('POST', recordsPath)[0]?.body).toMatchObject({
      stageId: 'st_care',
      jobId: 'j_spray',
      data: { thuoc: 'Abamectin' },
    });
  });

  it('judges a waiting period at the event time the clerk chose, not at today', async () => {
    const waiting = [
      {
        afterJobName: { vi: 'Phun thuốc', en: 'Spraying' },
        afterEventTime: '2026-01-05T02:00:00Z',
        days: 7,
        firstAllowedDay: '2026-01-12',
        onBreach: 'refuse' as const,
      },
    ];
    serve({ entries: [jobEntry(sprayJob(1), waiting)] }, `${stagePage}?job=j_spray`);
    // today (later than 2026) is past the period
    expect((await screen.findByTestId('entry-wait-0')).dataset.over).toBe('true');
    // dated back inside it: the notice says when it would be allowed
    fireEvent.change(screen.getByTestId('event-time'), { target: { value: '2026-01-08T08:00' } });
    await waitFor(() => expect(screen.getByTestId('entry-wait-0').dataset.over).toBe('false'));
    expect(screen.getByTestId('entry-wait-0').textContent).toContain('sớm nhất từ ngày 12/01/2026');
  });

  it('says a "warn" period will flag the record', async () => {
    const waiting = [
      {
        afterJobName: { vi: 'Phun thuốc', en: 'Spraying' },
        afterEventTime: '2999-06-05T02:00:00Z',
        days: 1,
        firstAllowedDay: '2999-06-06',
        onBreach: 'warn' as const,
      },
    ];
    serve({ entries: [jobEntry(weedJob(), waiting)] }, `${stagePage}?job=j_weed`);
    expect((await screen.findByTestId('entry-wait-0')).textContent).toContain('sẽ bị đánh dấu');
  });

  it('shows a waiting-period refusal at the event time and keeps what was typed', async () => {
    const api = serve({ entries: [jobEntry(sprayJob(1))] }, `${stagePage}?job=j_spray`);
    const message =
      'Chưa được ghi Thu hoạch: Phun thuốc ngày 05/06/2026 cần cách ít nhất 7 ngày; sớm nhất từ ngày 12/06/2026.';
    api.answerOnce(
      'POST',
      recordsPath,
      problemAnswer(422, 'WAITING_PERIOD_NOT_OVER', message, { path: '/eventTime' }),
    );
    fireEvent.change(await screen.findByLabelText(/Tên thuốc/), { target: { value: 'Abamectin' } });
    fireEvent.click(screen.getByTestId('entry-submit'));
    await waitFor(() => expect(screen.getAllByText(message).length).toBeGreaterThan(0));
    const time = screen.getByTestId('event-time');
    expect(time.getAttribute('aria-invalid')).toBe('true');
    expect((screen.getByLabelText(/Tên thuốc/) as HTMLInputElement).value).toBe('Abamectin');
    expect(screen.getByTestId('location').textContent).toContain('?job=j_spray');
  });
});

describe('the timeline of a lot with jobs', { timeout: 30_000 }, () => {
  it('groups records by stage then job in time order, with the close record and the waiting flag', async () => {
    serve({ details: [jobsDetail()] }, `/lots/${lotId(1)}`);
    const group = await screen.findByTestId('timeline-group');
    expect(within(group).getByTestId('timeline-stage-cham_soc').textContent).toContain('Đã kết thúc');
    const order = within(group)
      .getAllByTestId('record-title')
      .map((title) => title.textContent);
    expect(order).toEqual([
      'Chăm sóc › Bón phân',
      'Chăm sóc › Bón phân',
      'Chăm sóc › Phun thuốc',
      'Đã kết thúc công đoạn Chăm sóc (khi ghi Thu hoạch)',
    ]);
    const seqs = within(group)
      .getAllByTestId(/^record-\d+$/)
      .map((card) => card.getAttribute('data-testid'));
    expect(seqs).toEqual(['record-2', 'record-1', 'record-3', 'record-4']);
    expect(within(screen.getByTestId('record-5')).getByTestId('record-waiting-flag').textContent).toBe(
      'Ghi trong thời gian cách ly: Phun thuốc 05/06, được phép từ 12/06',
    );
    expect(within(screen.getByTestId('record-4')).queryByTestId('record-correct')).toBeNull();
  });

  it('corrects a job record with its job’s form', async () => {
    serve({ details: [jobsDetail()] }, `/lots/${lotId(1)}`);
    fireEvent.click(await within(await screen.findByTestId('record-3')).findByTestId('record-correct'));
    const drawer = await screen.findByTestId('correct-drawer');
    const product = await within(drawer).findByLabelText<HTMLInputElement>(/Tên thuốc/);
    expect(product.value).toBe('Abamectin');
  });
});
