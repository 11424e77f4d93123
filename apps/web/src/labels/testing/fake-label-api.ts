import type { LabelBatchView, LabelLayoutView, LotSummary, ProductView } from '@nguon/contracts';
import { foldText, searchWords } from '@nguon/domain';
import { problemAnswer } from '../../lots/testing/fake-lot-api';
import { checkedAnswer } from '../../test/contract-answers';
import { fakeBatch, fakeLayout } from './label-fixtures';

/** Test support: an in-memory stand-in for the label endpoints, recording what the screens send. */

type Answer = { status: number; body: unknown };
type Scripted = Answer | 'network';

export interface RecordedCall {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  idempotencyKey: string | null;
}

export interface FakeLabelState {
  batches: LabelBatchView[];
  products: ProductView[];
  lots: LotSummary[];
  layouts: LabelLayoutView[];
}

/** One page as the server cuts it: `pageSize` (25 unless asked) from the first, with the whole count. */
const page = (items: unknown[], query?: URLSearchParams) => {
  const pageSize = Number(query?.get('pageSize') ?? 25);
  return { status: 200, body: { items: items.slice(0, pageSize), total: items.length, page: 1, pageSize } };
};

/** The products list's `q` as the server reads it: every word, accents and case folded, in name, SKU or GTIN. */
function productsMatching(products: ProductView[], q: string | null): ProductView[] {
  const words = searchWords(q ?? '');
  return products.filter((product) => {
    const text = foldText([product.name.vi, product.name.en, product.sku, product.gtin ?? ''].join(' '));
    return words.every((word) => text.includes(word));
  });
}

/** The lots list: one product's lots, `q` a part of the code in any case. */
function lotsMatching(lots: LotSummary[], query: URLSearchParams): LotSummary[] {
  const part = (query.get('q') ?? '').toLowerCase();
  return lots.filter(
    (lot) => lot.productId === query.get('productId') && lot.code.toLowerCase().includes(part),
  );
}

const numberField = (body: unknown, name: string): number =>
  typeof body === 'object' && body !== null && typeof Reflect.get(body, name) === 'number'
    ? Number(Reflect.get(body, name))
    : 0;

function orderAnswer(state: FakeLabelState, body: unknown): Answer {
  const made = fakeBatch(state.batches.length + 1, {
    state: 'queued',
    generated: 0,
    quantity: numberField(body, 'quantity'),
    pdf: { state: 'none', pagesDone: 0, pagesTotal: 0 },
    finishedAt: null,
  });
  state.batches.unshift(made);
  return { status: 201, body: made };
}

function layoutAnswer(state: FakeLabelState, body: unknown): Answer {
  const fields = typeof body === 'object' && body !== null ? Object.entries(body) : [];
  const name = String(fields.find(([key]) => key === 'name')?.[1] ?? '');
  const numbers = Object.fromEntries(fields.filter(([, value]) => typeof value === 'number'));
  const saved = fakeLayout(state.layouts.length + 1, {
    builtIn: false,
    name: { vi: name, en: name },
    layout: { ...fakeLayout(0).layout, ...numbers },
  });
  state.layouts.push(saved);
  return { status: 201, body: saved };
}

function batchAnswer(state: FakeLabelState, method: string, path: string): Answer | null {
  const match = /^\/api\/v1\/label-batches\/([^/]+)(\/cancel|\/retry)?$/.exec(path);
  const batch = match && state.batches.find((candidate) => candidate.id === match[1]);
  if (!match || !batch) return null;
  if (method === 'GET' && !match[2]) return { status: 200, body: batch };
  if (method === 'POST' && match[2] === '/cancel') batch.state = 'cancelled';
  if (method === 'POST' && match[2] === '/retry') {
    if (batch.retry === 'pdf') batch.pdf = { ...batch.pdf, state: 'queued', pagesDone: 0 };
    else batch.state = 'running';
    Object.assign(batch, { stalled: false, retry: null });
  }
  return { status: 200, body: batch };
}

/** The fake server: `state` answers reads and is changed by writes; a test may script one answer ahead. */
export function createFakeLabelApi(session: unknown, state: FakeLabelState) {
  const calls: RecordedCall[] = [];
  const scripted: { method: string; pattern: RegExp; answer: Scripted }[] = [];

  function route(method: string, path: string, query: URLSearchParams, body: unknown): Answer {
    if (path === '/api/v1/auth/session-state') return { status: 200, body: { signedIn: true, session } };
    if (method === 'GET' && path === '/api/v1/label-batches') return page(state.batches);
    if (method === 'POST' && path === '/api/v1/label-batches') return orderAnswer(state, body);
    if (method === 'GET' && path === '/api/v1/products')
      return page(productsMatching(state.products, query.get('q')), query);
    if (method === 'GET' && path === '/api/v1/label-layouts')
      return { status: 200, body: { items: state.layouts } };
    if (method === 'POST' && path === '/api/v1/label-layouts') return layoutAnswer(state, body);
    if (method === 'GET' && path === '/api/v1/lots') return page(lotsMatching(state.lots, query), query);
    return batchAnswer(state, method, path) ?? problemAnswer(404, 'NOT_FOUND', 'Không có.');
  }

  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://localhost');
    const method = (init.method ?? 'GET').toUpperCase();
    const body: unknown = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
    const headers = new Headers(init.headers);
    calls.push({
      method,
      path: url.pathname,
      query: url.searchParams,
      body,
      idempotencyKey: headers.get('idempotency-key'),
    });
    const once = scripted.findIndex((entry) => entry.method === method && entry.pattern.test(url.pathname));
    const answer =
      once >= 0 ? scripted.splice(once, 1)[0]?.answer : route(method, url.pathname, url.searchParams, body);
    if (answer === 'network' || answer === undefined) throw new TypeError('Failed to fetch');
    const checked = checkedAnswer(method, url.pathname, answer);
    return new Response(JSON.stringify(checked.body), {
      status: checked.status,
      headers: { 'content-type': checked.status >= 400 ? 'application/problem+json' : 'application/json' },
    });
  };

  return {
    fetch,
    calls,
    state,
    answerOnce: (method: string, pattern: RegExp, answer: Scripted) =>
      scripted.push({ method, pattern, answer }),
    callsTo: (method: string, pattern: RegExp) =>
      calls.filter((call) => call.method === method && pattern.test(call.path)),
  };
}
