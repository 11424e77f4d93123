import type {
  LotDetail,
  LotSummary,
  ProductView,
  RecordVerification,
  RecordView,
  StageEntryView,
  TransformationView,
  WorkItem,
} from '@nguon/contracts';
import { checkedAnswer } from '../../test/contract-answers';
import { fakeRecord } from './lot-fixtures';

/** Test support: an in-memory stand-in for the lot endpoints, recording what the screens send. */

type Answer = { status: number; body: unknown };
/** A scripted answer, or a dropped connection (fetch rejects). */
type Scripted = Answer | 'network';

export interface RecordedCall {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  idempotencyKey: string | null;
}

export interface FakeLotState {
  work: WorkItem[];
  lots: LotSummary[];
  details: LotDetail[];
  entries: StageEntryView[];
  products: ProductView[];
  verification?: RecordVerification;
  transformation?: TransformationView;
}

export function problemAnswer(
  status: number,
  code: string,
  detail: string,
  extra: Record<string, unknown> = {},
): Answer {
  return {
    status,
    body: { type: 'about:blank', title: code, status, code, detail, requestId: 'r1', ...extra },
  };
}

const json = ({ status, body }: Answer) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });

function filterWork(items: WorkItem[], query: URLSearchParams): WorkItem[] {
  const q = (query.get('q') ?? '').toLowerCase();
  return items
    .filter((item) => item.lot.code.toLowerCase().includes(q))
    .filter((item) => !query.get('productId') || item.lot.productId === query.get('productId'))
    .map((item) => ({
      ...item,
      stages: item.stages.filter(
        (stage) =>
          (!query.get('stageKey') || stage.key === query.get('stageKey')) &&
          (!query.get('stageId') || stage.stageId === query.get('stageId')),
      ),
    }))
    .filter((item) => item.stages.length > 0);
}

function workListAnswer(state: FakeLotState, query: URLSearchParams): Answer {
  const items = filterWork(state.work, query);
  const stages = new Map(state.work.flatMap((item) => item.stages.map((stage) => [stage.key, stage.name])));
  const waitingAt = (key: string) =>
    state.work.filter((item) => item.stages.some((stage) => stage.key === key)).length;
  const products = new Map(state.work.map((item) => [item.lot.productId, item.lot.productName]));
  return {
    status: 200,
    body: {
      items,
      total: items.length,
      page: 1,
      pageSize: 20,
      products: [...products].map(([id, name]) => ({ id, name })),
      stages: [...stages].map(([key, name]) => ({ key, name, lotCount: waitingAt(key) })),
    },
  };
}

const fieldOf = (body: unknown, name: string): unknown =>
  typeof body === 'object' && body !== null ? Reflect.get(body, name) : undefined;

function madeRecord(body: unknown): RecordView {
  const data = fieldOf(body, 'data');
  const reason = fieldOf(body, 'reason');
  return fakeRecord(9, {
    data: typeof data === 'object' && data !== null ? { ...data } : {},
    reason: typeof reason === 'string' ? reason : null,
  });
}

const page = (items: unknown[]) => ({
  status: 200,
  body: { items, total: items.length, page: 1, pageSize: 25 },
});

const folded = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/đ/gi, 'd')
    .toLowerCase();

/** GET /api/v1/products as the server answers it: words, archived, a published process, a process, one page. */
function productsAnswer(products: ProductView[], query: URLSearchParams): Answer {
  const words = folded(query.get('q') ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const archived = query.get('archived') === 'true';
  const published = query.get('hasPublishedProcess');
  const processId = query.get('processId');
  const matches = products.filter(
    (product) =>
      product.archived === archived &&
      (published === null || (product.processId !== null) === (published === 'true')) &&
      (processId === null || product.processId === processId) &&
      words.every((word) => folded(`${product.name.vi} ${product.name.en} ${product.sku}`).includes(word)),
  );
  const pageSize = Number(query.get('pageSize') ?? '25');
  const pageNumber = Number(query.get('page') ?? '1');
  const items = matches.slice((pageNumber - 1) * pageSize, pageNumber * pageSize);
  return { status: 200, body: { items, total: matches.length, page: pageNumber, pageSize } };
}

/** The fake server: `state` answers reads, writes answer a made record unless a test scripts otherwise. */
export function createFakeLotApi(session: unknown, state: FakeLotState) {
  const calls: RecordedCall[] = [];
  const scripted: { method: string; pattern: RegExp; answer: Scripted }[] = [];

  function route(method: string, path: string, query: URLSearchParams, body: unknown): Answer {
    if (path === '/api/v1/auth/session-state') return { status: 200, body: { signedIn: true, session } };
    if (method === 'GET' && path === '/api/v1/work-list') return workListAnswer(state, query);
    if (method === 'GET' && path === '/api/v1/lots') return page(state.lots);
    if (method === 'GET' && path === '/api/v1/products') return productsAnswer(state.products, query);
    if (method === 'GET' && path === '/api/v1/records/verification')
      return { status: 200, body: state.verification };
    if (method === 'POST' && path === '/api/v1/transformations')
      return { status: 201, body: state.transformation };
    const atPath = state.entries.filter((e) => path === `/api/v1/lots/${e.lot.id}/stages/${e.stage.stageId}`);
    const entry = atPath.find((e) => (query.get('jobId') ?? undefined) === e.job?.jobId);
    if (method === 'GET' && entry) return { status: 200, body: entry };
    if (method === 'GET' && atPath.some((e) => e.job) && !query.get('jobId'))
      return problemAnswer(
        422,
        'STAGE_JOB_REQUIRED',
        'Công đoạn gồm các công việc; hãy chọn công việc cần ghi.',
      );
    if (method === 'POST' && /^\/api\/v1\/lots\/[^/]+\/stages\/[^/]+\/close$/.test(path)) {
      return { status: 201, body: fakeRecord(9, { kind: 'close', closedBy: { kind: 'clerk' } }) };
    }
    const detail = state.details.find((d) => path === `/api/v1/lots/${d.lot.id}`);
    if (method === 'GET' && detail) return { status: 200, body: detail };
    if (method === 'POST' && /^\/api\/v1\/lots\/[^/]+\/records(\/[^/]+\/corrections)?$/.test(path)) {
      return { status: 201, body: madeRecord(body) };
    }
    return problemAnswer(404, 'NOT_FOUND', 'Không có.');
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
    return json(checkedAnswer(method, url.pathname, answer));
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
