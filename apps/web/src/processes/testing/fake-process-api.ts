import type { ProcessVersionSummary, ProcessView, SessionView } from '@nguon/contracts';
import type { ProcessDefinition, TenantRole } from '@nguon/domain';
import { checkedAnswer } from '../../test/contract-answers';

/** Test support: an in-memory stand-in for the process endpoints, answering like the contract says. */

export const tenantId = '00000000-0000-4000-8000-000000000001';

export function fakeSession(role: TenantRole): SessionView {
  return {
    user: { id: '00000000-0000-4000-8000-0000000000aa', name: 'Lan', email: 'lan@htx.vn', phone: null },
    memberships: [{ tenantId, tenantName: 'HTX Chè Tân Cương', role }],
    platformRoles: [],
    inspectorProvinces: [],
    currentTenantId: tenantId,
    pendingTenants: [],
    csrfToken: 'csrf',
    expiresAt: '2030-01-01T00:00:00Z',
  };
}

/** The id of the n-th fake process: a UUID, as the contract says. */
export const processId = (n: number) => `00000000-0000-4000-8000-0000000a${String(n).padStart(4, '0')}`;

export function fakeProcess(
  id: string,
  definition: ProcessDefinition,
  overrides: Partial<ProcessView> = {},
): ProcessView {
  return {
    id,
    name: { vi: 'Quy trình chè', en: 'Tea process' },
    productType: 'tea',
    archived: false,
    stageCount: definition.stages.length,
    draftRevision: 1,
    draftUpdatedAt: '2025-03-01T08:00:00Z',
    unpublishedChanges: true,
    latestVersion: null,
    createdAt: '2025-03-01T08:00:00Z',
    draft: { revision: 1, definition, problems: [], updatedAt: '2025-03-01T08:00:00Z', updatedBy: null },
    ...overrides,
  };
}

export interface RecordedCall {
  method: string;
  path: string;
  body: unknown;
}

type Answer = { status: number; body: unknown };

const json = ({ status, body }: Answer) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });

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
  typeof body === 'object' && body !== null && name in body
    ? Object.entries(body).find(([key]) => key === name)?.[1]
    : undefined;

const summaryOf = (process: ProcessView) => {
  const { draft: _draft, ...summary } = process;
  return summary;
};

/** The fake server: `processes` is its state, `calls` what the page sent, `answerOnce` a scripted failure. */
export function createFakeProcessApi(session: SessionView, processes: ProcessView[]) {
  const calls: RecordedCall[] = [];
  const scripted: { method: string; pattern: RegExp; answer: Answer }[] = [];
  const versions = new Map<string, ProcessVersionSummary[]>();
  const snapshots = new Map<string, unknown>();

  function route(method: string, path: string, body: unknown): Answer {
    const once = scripted.findIndex((entry) => entry.method === method && entry.pattern.test(path));
    if (once >= 0) return scripted.splice(once, 1)[0]?.answer ?? { status: 500, body: {} };
    if (path === '/api/v1/auth/session-state') return { status: 200, body: { signedIn: true, session } };
    if (method === 'GET' && path === '/api/v1/processes')
      return { status: 200, body: { items: processes.map(summaryOf) } };
    if (method === 'POST' && path === '/api/v1/processes') return create(body);
    const match = /^\/api\/v1\/processes\/([^/]+)(\/.*)?$/.exec(path);
    const process = processes.find((candidate) => candidate.id === match?.[1]);
    if (!process) return problemAnswer(404, 'NOT_FOUND', 'Không tìm thấy quy trình.');
    return routeProcess(method, match?.[2] ?? '', process, body);
  }

  function create(body: unknown): Answer {
    const created = fakeProcess(processId(processes.length + 1), { schemaVersion: 1, stages: [], edges: [] });
    const name = field(body, 'name');
    const process = {
      ...created,
      name: { vi: String(field(name, 'vi')), en: String(field(name, 'en') ?? '') },
    };
    processes.push(process);
    return { status: 201, body: process };
  }

  function routeProcess(method: string, rest: string, process: ProcessView, body: unknown): Answer {
    if (method === 'GET' && rest === '') return { status: 200, body: process };
    if (method === 'PUT' && rest === '/draft') return saveDraft(process, body);
    if (method === 'GET' && rest === '/versions')
      return { status: 200, body: { items: versions.get(process.id) ?? [] } };
    if (method === 'POST' && rest === '/versions') return publish(process, body);
    const versionMatch = /^\/versions\/(\d+)(\/restore)?$/.exec(rest);
    const version = (versions.get(process.id) ?? []).find(
      (candidate) => String(candidate.number) === versionMatch?.[1],
    );
    if (version && method === 'GET' && !versionMatch?.[2]) {
      return {
        status: 200,
        body: { ...version, processId: process.id, definition: snapshots.get(version.id) },
      };
    }
    if (version && method === 'POST')
      return saveDraft(process, { revision: field(body, 'revision'), definition: snapshots.get(version.id) });
    return problemAnswer(404, 'NOT_FOUND', 'Không có.');
  }

  function saveDraft(process: ProcessView, body: unknown): Answer {
    if (field(body, 'revision') !== process.draft.revision) {
      return problemAnswer(
        409,
        'PROCESS_DRAFT_CONFLICT',
        'Minh đã sửa bản nháp lúc 09:00 (phiên bản nháp 2).',
      );
    }
    const revision = process.draft.revision + 1;
    const draft = { ...process.draft, revision, problems: [], definition: field(body, 'definition') };
    Object.assign(process, { draftRevision: revision, draft });
    return { status: 200, body: process.draft };
  }

  function publish(process: ProcessView, body: unknown): Answer {
    const list = versions.get(process.id) ?? [];
    const version: ProcessVersionSummary = {
      id: `00000000-0000-4000-8000-00000000010${list.length}`,
      number: list.length + 1,
      note: String(field(body, 'note') ?? ''),
      stageCount: process.draft.definition.stages.length,
      publishedAt: '2025-03-02T08:00:00Z',
      publishedBy: { id: session.user.id, name: session.user.name },
    };
    versions.set(process.id, [version, ...list]);
    snapshots.set(version.id, process.draft.definition);
    return { status: 201, body: version };
  }

  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://localhost');
    const method = (init.method ?? 'GET').toUpperCase();
    const body: unknown = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
    calls.push({ method, path: url.pathname, body });
    return json(checkedAnswer(method, url.pathname, route(method, url.pathname, body)));
  };

  return {
    fetch,
    calls,
    processes,
    answerOnce: (method: string, pattern: RegExp, answer: Answer) =>
      scripted.push({ method, pattern, answer }),
    callsTo: (method: string, pattern: RegExp) =>
      calls.filter((call) => call.method === method && pattern.test(call.path)),
  };
}

export type FakeProcessApi = ReturnType<typeof createFakeProcessApi>;
