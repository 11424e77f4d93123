import type { TransformationView } from '@nguon/contracts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeSession } from '../processes/testing/fake-process-api';
import { createFakeLotApi, problemAnswer } from './testing/fake-lot-api';
import {
  drying,
  dryingForm,
  fakeEntry,
  fakeLot,
  fakeProduct,
  fakeWorkItem,
  lotId,
  recordId,
} from './testing/lot-fixtures';
import { renderLotScreens } from './testing/render-lots';

const server = vi.hoisted(() => {
  type Fetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  const holder: { fetch: Fetch } = { fetch: () => Promise.reject(new Error('no fake api')) };
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => holder.fetch(input, init);
  return holder;
});

const made: TransformationView = {
  id: recordId(60),
  stage: drying,
  eventTime: '2025-03-02T08:00:00Z',
  yieldPercent: 70,
  yieldFlag: null,
  inputs: [],
  outputs: [
    { lot: fakeLot(8, { code: 'S25-0001' }), transformationId: recordId(60), quantity: 560, unit: 'kg' },
  ],
};

/** Two harvest lots wait at the drying stage, which expects a 60–80 % yield; the clerk opens it from lot 1. */
function serve() {
  const first = fakeLot(1, { remaining: 500 });
  const second = fakeLot(2, { remaining: 300 });
  const api = createFakeLotApi(fakeSession('clerk'), {
    work: [fakeWorkItem(first, [drying]), fakeWorkItem(second, [drying])],
    lots: [],
    details: [],
    entries: [fakeEntry(first, drying, dryingForm, { yieldRange: { minPercent: 60, maxPercent: 80 } })],
    products: [fakeProduct()],
    transformation: made,
  });
  server.fetch = api.fetch;
  renderLotScreens(`/transformations/new?stageId=st_drying&lotId=${first.id}`, fakeSession('clerk'));
  return api;
}

const type = (testId: string, value: string) =>
  fireEvent.change(screen.getByTestId(testId), { target: { value } });

describe('transformation', { timeout: 30_000 }, () => {
  it('shows the live yield and warns outside the stage’s range', async () => {
    serve();
    await screen.findByTestId('input-0-quantity');
    expect(screen.getByTestId<HTMLInputElement>('input-0-quantity').value).toBe('500');
    type('output-0-quantity', '350');
    expect(screen.getByTestId('yield-value').textContent).toContain('70%');
    expect(screen.queryByTestId('yield-warning')).toBeNull();
    type('output-0-quantity', '200');
    expect(screen.getByTestId('yield-value').textContent).toContain('40%');
    expect(screen.getByTestId('yield-warning').textContent).toContain('thấp hơn');
    expect(screen.getByTestId('yield-panel').textContent).toContain('60–80%');
  });

  it('merges two lots into one and opens the lot it made', async () => {
    const api = serve();
    fireEvent.click(await screen.findByTestId('input-check-R25-0002'));
    type('input-1-quantity', '300');
    type('output-0-quantity', '560');
    type('output-0-code', 'S25-0001');
    fireEvent.click(screen.getByTestId('transformation-submit'));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe(`/lots/${lotId(8)}`));
    const [call] = api.callsTo('POST', /transformations$/);
    expect(call?.body).toEqual({
      stageId: 'st_drying',
      inputs: [
        { lotId: lotId(1), quantity: 500, unit: 'kg' },
        { lotId: lotId(2), quantity: 300, unit: 'kg' },
      ],
      outputs: [{ code: 'S25-0001', quantity: 560, unit: 'kg' }],
      data: {},
      location: null,
    });
    expect(call?.idempotencyKey).toBeTruthy();
  });

  it('splits into several lots and shows the server’s quantity refusal on the row it names', async () => {
    const api = serve();
    await screen.findByTestId('output-0-quantity');
    type('output-0-quantity', '200');
    fireEvent.click(screen.getByTestId('output-add'));
    type('output-1-quantity', '150');
    const message = 'Lô R25-0001 chỉ còn 450 kg; không lấy được nhiều hơn.';
    api.answerOnce(
      'POST',
      /transformations$/,
      problemAnswer(422, 'QUANTITY_EXCEEDS_REMAINING', message, { path: '/inputs/0/quantity' }),
    );
    fireEvent.click(screen.getByTestId('transformation-submit'));
    const input = await screen.findByTestId('input-lot-R25-0001');
    await waitFor(() => expect(within(input).getByText(message)).toBeTruthy());
    expect(screen.getByTestId('input-0-quantity').getAttribute('aria-invalid')).toBe('true');
    // the refusal is far above the submit button: it is brought into view and focused
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('input-0-quantity')));
    expect(api.callsTo('POST', /transformations$/)[0]?.body).toMatchObject({
      outputs: [
        { quantity: 200, unit: 'kg' },
        { quantity: 150, unit: 'kg' },
      ],
    });
  });

  it('stops taking more than a lot has left before sending', async () => {
    const api = serve();
    await screen.findByTestId('input-0-quantity');
    type('input-0-quantity', '650');
    type('output-0-quantity', '400');
    expect(await screen.findByText('Lô chỉ còn 500 kg.')).toBeTruthy();
    fireEvent.click(screen.getByTestId('transformation-submit'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(api.callsTo('POST', /transformations$/)).toHaveLength(0);
    // a tap on submit never seems to do nothing: it goes to what stops it
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('input-0-quantity')));
  });
});
