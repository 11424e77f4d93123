import type { CatalogImportReport, CatalogItemView, CatalogView, ProductView } from '@nguon/contracts';
import { checkedAnswer } from '../../test/contract-answers';
import { catalogTemplate } from '../catalog-templates';

/** Test support: an in-memory stand-in for the catalog, product and file endpoints, answering like the contract says. */

type Answer = { status: number; body: unknown };
export interface RecordedCall {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
}

export const catalogId = '00000000-0000-4000-8000-0000000000c1';
const stamp = '2025-03-01T08:00:00Z';

export function fakeCatalog(overrides: Partial<CatalogView> = {}): CatalogView {
  const { form, labelFields } = catalogTemplate('farmers');
  return {
    id: catalogId,
    name: { vi: 'Nông hộ', en: 'Farmers' },
    form,
    labelFields,
    shared: false,
    archived: false,
    own: true,
    ownerName: 'HTX Chè Tân Cương',
    itemCount: 0,
    revision: 1,
    updatedAt: stamp,
    ...overrides,
  };
}

export function fakeItem(n: number, data: Record<string, unknown>): CatalogItemView {
  return {
    id: `00000000-0000-4000-8000-0000000001${String(n).padStart(2, '0')}`,
    catalogId,
    label: [data.ma_ho, data.ho_ten].filter(Boolean).join(' · '),
    data,
    archived: false,
    revision: 1,
    createdAt: stamp,
    updatedAt: stamp,
  };
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

const field = (body: unknown, name: string): unknown =>
  typeof body === 'object' && body !== null
    ? Object.entries(body).find(([key]) => key === name)?.[1]
    : undefined;

const json = ({ status, body }: Answer) =>
  new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });

function parseBody(body: unknown): unknown {
  if (typeof body !== 'string')
    return body instanceof Uint8Array ? new TextDecoder().decode(body) : undefined;
  try {
    return JSON.parse(body);
  } catch {
    return body;
  }
}

/** The fake server: its state, what the page sent, and scripted answers for the next matching call. */
export function createFakeCatalogApi(
  session: unknown,
  state: {
    catalogs: CatalogView[];
    items: CatalogItemView[];
    products: ProductView[];
    importReport?: CatalogImportReport;
  },
) {
  const calls: RecordedCall[] = [];
  const scripted: { method: string; pattern: RegExp; answer: Answer }[] = [];

  function route(method: string, path: string, query: URLSearchParams, body: unknown): Answer {
    const once = scripted.findIndex((entry) => entry.method === method && entry.pattern.test(path));
    if (once >= 0) return scripted.splice(once, 1)[0]?.answer ?? { status: 500, body: {} };
    if (path === '/api/v1/auth/session-state') return { status: 200, body: { signedIn: true, session } };
    if (method === 'GET' && path === '/api/v1/catalogs')
      return { status: 200, body: { items: state.catalogs } };
    if (method === 'POST' && path === '/api/v1/catalogs') {
      const created = Object.assign(
        fakeCatalog({ id: `00000000-0000-4000-8000-0000000000c${state.catalogs.length + 2}` }),
        body,
      );
      state.catalogs.push(created);
      return { status: 201, body: created };
    }
    if (method === 'GET' && path === '/api/v1/processes') return { status: 200, body: { items: [] } };
    if (method === 'GET' && path === '/api/v1/products') {
      return {
        status: 200,
        body: { items: state.products, total: state.products.length, page: 1, pageSize: 25 },
      };
    }
    if (method === 'POST' && path === '/api/v1/files') {
      return {
        status: 201,
        body: {
          id: '00000000-0000-4000-8000-0000000000f1',
          purpose: query.get('purpose'),
          contentType: 'image/png',
          byteSize: 3,
          sha256: '0'.repeat(64),
          public: true,
          name: null,
          variants: [],
          createdAt: stamp,
        },
      };
    }
    const catalog = state.catalogs.find((candidate) => path.startsWith(`/api/v1/catalogs/${candidate.id}`));
    if (catalog)
      return routeCatalog(method, path.slice(`/api/v1/catalogs/${catalog.id}`.length), catalog, query, body);
    return problemAnswer(404, 'NOT_FOUND', 'Không có.');
  }

  function routeCatalog(
    method: string,
    rest: string,
    catalog: CatalogView,
    query: URLSearchParams,
    body: unknown,
  ): Answer {
    if (method === 'GET' && rest === '') return { status: 200, body: catalog };
    if (method === 'PATCH' && rest === '') {
      Object.assign(catalog, body, { revision: catalog.revision + 1 });
      return { status: 200, body: catalog };
    }
    if (method === 'GET' && rest === '/items') {
      const q = (query.get('q') ?? '').toLowerCase();
      const items = state.items.filter(
        (item) =>
          item.label.toLowerCase().includes(q) && item.archived === (query.get('archived') === 'true'),
      );
      return { status: 200, body: { items, total: items.length, page: 1, pageSize: 25 } };
    }
    if (method === 'POST' && rest === '/items') {
      const item = fakeItem(state.items.length + 1, Object.assign({}, field(body, 'data')));
      state.items.push(item);
      return { status: 201, body: item };
    }
    if (method === 'POST' && rest === '/import') {
      const report = state.importReport;
      if (!report) return problemAnswer(422, 'CSV_MALFORMED', 'Tệp hỏng.');
      return {
        status: 200,
        body: {
          ...report,
          mode: query.get('mode'),
          imported: query.get('mode') === 'preview' ? 0 : report.valid,
        },
      };
    }
    const itemMatch = /^\/items\/([^/]+)(\/history)?$/.exec(rest);
    const item = state.items.find((candidate) => candidate.id === itemMatch?.[1]);
    if (item && method === 'GET' && itemMatch?.[2]) {
      return {
        status: 200,
        body: {
          items: [
            {
              revision: 1,
              action: 'created',
              label: item.label,
              data: item.data,
              changedAt: stamp,
              changedBy: { id: 'u1', name: 'Lan' },
            },
          ],
        },
      };
    }
    if (item && method === 'PATCH') {
      Object.assign(item, body, { revision: item.revision + 1 });
      return { status: 200, body: item };
    }
    return problemAnswer(404, 'NOT_FOUND', 'Không có.');
  }

  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://localhost');
    const method = (init.method ?? 'GET').toUpperCase();
    const body = parseBody(init.body);
    calls.push({ method, path: url.pathname, query: url.searchParams, body });
    return json(checkedAnswer(method, url.pathname, route(method, url.pathname, url.searchParams, body)));
  };

  return {
    fetch,
    calls,
    state,
    answerOnce: (method: string, pattern: RegExp, answer: Answer) =>
      scripted.push({ method, pattern, answer }),
    callsTo: (method: string, pattern: RegExp) =>
      calls.filter((call) => call.method === method && pattern.test(call.path)),
  };
}
