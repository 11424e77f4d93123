import { isErrorCode } from '@nguon/contracts';
import { testDrivers } from '@nguon/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BadRequest, badRequestsFor } from '../testing/bad-requests';
import { plotsCatalogBody } from '../testing/catalog-fixtures';
import { createFileFixture } from '../testing/file-fixtures';
import { createTenantFixture, PASSWORD, type TenantFixture } from '../testing/fixtures';
import { HttpAgent } from '../testing/http-agent';
import { settleLabelBatches } from '../testing/label-fixtures';
import {
  createFarmFixture,
  createLotFixture,
  type FarmFixture,
  recordFixture,
} from '../testing/lot-fixtures';
import { isObject, operationsOf, plausibleValue, type SweptOperation } from '../testing/openapi-operations';
import { registeredRoutes } from '../testing/registered-routes';
import { type StorageSnapshot, snapshotStorage } from '../testing/storage-snapshot';
import { createTemplateFixture } from '../testing/template-fixtures';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';

const drivers = await testDrivers();

/** The Digital Link resolver's paths: documented, served by its own middleware, swept in resolver-hostile.test.ts. */
const isResolverOperation = (operation: SweptOperation) => /^\/(01|q|\.well-known)\//.test(operation.path);

/** Routes outside the contracts: the document itself and its reading page. */
const documentRoutes = ['GET /api/v1/openapi.json', 'GET /api/v1/docs', 'GET /api/v1/docs/init.js'];

interface Ids {
  byPath: (operationPath: string, name: string) => string;
  byName: Record<string, string>;
}

async function fixtureIds(t: TestPlatform, a: TenantFixture, farm: FarmFixture): Promise<Ids> {
  const ctx = t.platform.ctx;
  const lot = await createLotFixture(ctx, a, farm);
  const record = await recordFixture(ctx, a, lot.id, 'plant', {
    plot: { id: farm.plotItemId, label: 'A-01' },
  });
  const file = await createFileFixture(ctx, a);
  const byResource: Record<string, string> = {
    processes: farm.processId,
    catalogs: farm.catalogId,
    products: farm.productId,
    lots: lot.id,
    files: file.id,
    tokens: a.tokens.viewer.id,
    tenants: a.id,
    'form-validators': crypto.randomUUID(),
    templates: (await createTemplateFixture(ctx)).id,
  };
  const byName: Record<string, string> = {
    userId: a.people.viewer.id,
    itemId: farm.plotItemId,
    recordId: record.id,
    stageId: 'plant',
    number: '1',
    variant: 'thumb',
    productId: farm.productId,
    processId: farm.processId,
    catalogId: farm.catalogId,
    lotId: lot.id,
    tenantId: a.id,
    unit: 'kg',
  };
  return {
    byName,
    byPath: (path, name) =>
      byName[name] ?? byResource[/\/([a-z-]+)\/\{id\}/.exec(path)?.[1] ?? ''] ?? crypto.randomUUID(),
  };
}

interface SendOutcome {
  after: StorageSnapshot | null;
  status: number;
  code?: string;
  failure?: string;
}

interface Tally {
  sent: number;
  reached: number;
  failures: string[];
}

/** The tables (and 'files') whose content differs, leaving out those a refusal may change on purpose. */
function movedTables(before: StorageSnapshot, after: StorageSnapshot, mayStore: string[]): string[] {
  const moved = Object.keys(after.tables).filter(
    (table) =>
      !mayStore.includes(table) &&
      JSON.stringify(after.tables[table]) !== JSON.stringify(before.tables[table]),
  );
  return JSON.stringify(after.files) === JSON.stringify(before.files) ? moved : [...moved, 'files'];
}

const json = { 'content-type': 'application/json' };

/** Tables a refusal of these operations changes on purpose. */
const storesOnRefusal: Record<string, string[]> = {
  // a failed sign-in or set-password attempt counts towards its throttle
  'POST /api/v1/auth/sign-in': ['sign_in_throttle'],
  'POST /api/v1/auth/set-password': ['sign_in_throttle'],
};

/** Bodies the schema alone cannot make valid (item data follows the catalog's form), so that bad parts reach the service. */
const bodyOverrides = (ids: Ids): Record<string, Record<string, unknown>> => {
  const plot = { code: 'A-09', name: 'Đồng Mới', area: 1, crop: 'rice' };
  return {
    createCatalog: plotsCatalogBody(),
    createCatalogItem: { data: plot },
    updateCatalogItem: { data: plot },
    recordStage: { stageId: 'fertilise', data: { amount: 5 } },
    orderLabelBatch: { quantity: 2 },
    correctRecord: { data: { plot: { id: ids.byName.itemId, label: 'A-01' } } },
  };
};

/** Destructive operations last, so the ones before them still find their resources. */
const sweepOrder = (op: SweptOperation) =>
  op.method === 'DELETE' || op.path.endsWith('/sign-out') || op.path.includes('/admin/') ? 1 : 0;

describe.each(drivers)('bad-input sweep generated from the OpenAPI document on %s', (driver) => {
  let t: TestPlatform;
  let a: TenantFixture;
  let ids: Ids;
  let owner: HttpAgent;
  let operations: SweptOperation[];

  beforeAll(async () => {
    t = await startTestPlatform(driver, {}, { guardRefusals: false });
    a = await createTenantFixture(t.platform.ctx, 'A');
    ids = await fixtureIds(t, a, await createFarmFixture(t.platform.ctx, a));
    owner = new HttpAgent(t.baseUrl);
    await owner.signIn(a.people.owner.login, PASSWORD);
    const served = await fetch(`${t.baseUrl}/api/v1/openapi.json`);
    operations = operationsOf(await served.json()).filter((operation) => !isResolverOperation(operation));
  });
  afterAll(async () => {
    await t?.close();
  });

  it('enumerates every registered route: a new endpoint cannot escape the sweep', () => {
    const documented = operations.map((op) => `${op.method} ${op.path.replace(/\{(\w+)\}/g, ':$1')}`);
    const registered = registeredRoutes(t.platform.app).filter((r) => !documentRoutes.includes(r));
    expect(documented.length).toBeGreaterThan(60);
    expect([...documented].sort()).toEqual([...registered].sort());
  });

  it('answers every bad request with a coded 4xx, never a 5xx, and stores nothing on a refusal', {
    timeout: 600_000,
  }, async () => {
    const started = Date.now();
    const tally = { sent: 0, reached: 0, failures: [] as string[] };
    const sorted = [...operations].sort((x, y) => sweepOrder(x) - sweepOrder(y));
    for (const operation of sorted) await sweepOperation(operation, tally);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.info(
      `sweep on ${driver}: ${operations.length} operations (${tally.reached} reached their service with the plausible request), ` +
        `${tally.sent} requests, ${tally.failures.length} failures, ${seconds} s`,
    );
    expect(tally.failures).toEqual([]);
  });

  /** The plausible request, then every bad one; a GET is checked to store nothing over its whole batch. */
  async function sweepOperation(operation: SweptOperation, tally: Tally): Promise<void> {
    const pathParams: Record<string, string> = {};
    const path = operation.path.replace(/\{(\w+)\}/g, (_m, name: string) => {
      pathParams[name] = ids.byPath(operation.path, name);
      return pathParams[name];
    });
    const known = { ...ids.byName, revision: await currentRevision(path) };
    const plausible = operation.body ? plausibleValue(operation.body, '', known) : undefined;
    const base = isObject(plausible) ? { ...plausible, ...bodyOverrides(ids)[operation.id] } : plausible;
    const batched = operation.method === 'GET';
    let before = await snapshotStorage(t.platform.ctx.db, t.filesDir);
    const probe = await send(
      owner,
      operation,
      { label: 'plausible', path, headers: json, body: JSON.stringify(base) },
      before,
    );
    if (probe.status < 400 || !['VALIDATION_FAILED', 'MALFORMED_JSON'].includes(probe.code ?? ''))
      tally.reached++;
    const requests = badRequestsFor(operation, path, pathParams, base);
    const anonymous = requests.slice(0, 3).map((r) => ({ ...r, label: `anonymous ${r.label}` }));
    before = await snapshotStorage(t.platform.ctx.db, t.filesDir);
    const batchStart = before;
    for (const [agent, request] of [
      ...requests.map((r) => [owner, r] as const),
      ...anonymous.map((r) => [null, r] as const),
    ]) {
      tally.sent++;
      const outcome = await send(agent, operation, request, batched ? null : before);
      if (outcome.after) before = outcome.after;
      if (outcome.failure) tally.failures.push(outcome.failure);
    }
    if (batched) {
      const moved = movedTables(batchStart, await snapshotStorage(t.platform.ctx.db, t.filesDir), []);
      if (moved.length) tally.failures.push(`GET ${operation.path}: its sweep changed ${moved.join(', ')}`);
    }
    if ((await owner.request('GET', '/api/v1/auth/session')).status !== 200)
      await owner.signIn(a.people.owner.login, PASSWORD);
  }

  /** The revision of the resource a path acts on (the longest prefix ending in an id), so edits get past the conflict check. */
  async function currentRevision(path: string): Promise<string> {
    const resource = /^(.*\/[0-9a-f-]{36})(\/|$)/.exec(path)?.[1];
    if (!resource) return '1';
    const { body } = await owner.request('GET', resource);
    const revision = body?.revision ?? body?.draft?.revision ?? body?.draftRevision ?? 1;
    return String(revision);
  }

  async function send(
    agent: HttpAgent | null,
    operation: SweptOperation,
    request: BadRequest,
    before: StorageSnapshot | null,
  ): Promise<SendOutcome> {
    const headers: Record<string, string> = { 'accept-language': 'en', ...request.headers };
    if (agent?.cookie) headers.cookie = agent.cookie;
    if (agent?.csrfToken && operation.method !== 'GET') headers['x-csrf-token'] = agent.csrfToken;
    const response = await fetch(`${t.baseUrl}${request.path}`, {
      method: operation.method,
      headers,
      body: request.body,
    });
    const text = await response.text();
    // A label batch ordered or retried is made by background jobs: let them finish before comparing storage.
    await settleLabelBatches(t.platform.ctx, a.id);
    const after = before && (await snapshotStorage(t.platform.ctx.db, t.filesDir));
    const name = `${operation.method} ${operation.path} [${request.label}]`;
    const status = response.status;
    if (status >= 500) return { after, status, failure: `${name}: ${status} ${text.slice(0, 200)}` };
    if (status < 400) return { after, status };
    const problem = problemOf(response.headers.get('content-type') ?? '', text);
    if (typeof problem === 'string') return { after, status, failure: `${name}: ${status} ${problem}` };
    const mayStore = storesOnRefusal[`${operation.method} ${operation.path}`] ?? [];
    const moved = before && after ? movedTables(before, after, mayStore) : [];
    const outcome = { after, status, code: problem.code };
    if (moved.length > 0)
      return {
        ...outcome,
        failure: `${name}: refused ${status} ${problem.code} but changed ${moved.join(', ')}`,
      };
    return outcome;
  }
});

/** The problem document of a refusal, or why it is not a proper one. */
function problemOf(contentType: string, text: string): { code: string; path?: string } | string {
  if (!contentType.startsWith('application/problem+json')) return `content type ${contentType}`;
  const parsed: unknown = JSON.parse(text);
  if (typeof parsed !== 'object' || parsed === null) return 'not an object';
  const code = 'code' in parsed && typeof parsed.code === 'string' ? parsed.code : '';
  const detail = 'detail' in parsed && typeof parsed.detail === 'string' ? parsed.detail : '';
  if (!isErrorCode(code)) return `code ${code} not in the catalogue`;
  if (detail.trim() === '') return `no detail for ${code}`;
  const path = 'path' in parsed && typeof parsed.path === 'string' ? parsed.path : undefined;
  return { code, path };
}
