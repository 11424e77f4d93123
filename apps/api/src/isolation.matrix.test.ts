import { randomUUID } from 'node:crypto';
import { type EndpointId, endpoints } from '@nguon/contracts';
import { insertLabelLayout, insertTenant, upsertTenantLogo } from '@nguon/db';
import { testDrivers } from '@nguon/db/testing';
import {
  createFormValidator,
  createLot,
  createRecall,
  createScanLedger,
  getTemplateDraft,
  makeCheckpoint,
  publishRecall,
  recordStage,
} from '@nguon/services';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createCatalogFixture,
  createQueuedImportFixture,
  plotsCatalogBody,
} from './testing/catalog-fixtures';
import { createFileFixture } from './testing/file-fixtures';
import {
  createAdmin,
  createPerson,
  createTenantFixture,
  ownerPrincipal,
  PASSWORD,
  type TenantFixture,
  tinyPng,
} from './testing/fixtures';
import { type AgentResponse, HttpAgent } from './testing/http-agent';
import { createJobsFarmFixture, type JobsFarmFixture } from './testing/jobs-fixtures';
import { insertLabelBatchFixture, labelBatchFixture, settleLabelBatches } from './testing/label-fixtures';
import { createFarmFixture, createLotFixture, type FarmFixture, recordFixture } from './testing/lot-fixtures';
import { createProcessFixture, publishableDefinition } from './testing/process-fixtures';
import { createProductFixture, productBody } from './testing/product-fixtures';
import { recallFixture, reportedRecallFixture } from './testing/recall-report-fixtures';
import { expectNothingStored, snapshotStorage } from './testing/storage-snapshot';
import { templateDraftFixture } from './testing/template-draft-fixtures';
import {
  createTemplateFixture,
  freshTemplateKey,
  templateAdminPrincipal,
  templateFileOf,
} from './testing/template-fixtures';
import { processFromTemplateFixture, templateWithUpdateFixture } from './testing/template-use-fixtures';
import { startTestPlatform, type TestPlatform } from './testing/test-platform';

type Caller =
  | 'anonymous'
  | 'owner'
  | 'clerk'
  | 'viewer'
  | 'ownerToken'
  | 'clerkToken'
  | 'viewerToken'
  | 'admin';
type Call = {
  method: string;
  path: string;
  body?: unknown;
  rawBody?: Uint8Array;
  contentType?: string;
  /** A refusal counts towards a throttle: sign_in_throttle may change, nothing else. */
  throttled?: boolean;
};

/** The stored data a refusal must leave as it was: all of it, but the throttle's counters for a throttled call. */
const keptOnRefusal = (snapshot: Awaited<ReturnType<typeof snapshotStorage>>, call: Call) => {
  if (!call.throttled) return snapshot;
  const { sign_in_throttle: _counted, ...tables } = snapshot.tables;
  return { ...snapshot, tables };
};
type Expected = Record<Caller, number>;

const drivers = await testDrivers();

const person = (
  owner: number,
  clerk: number,
  viewer: number,
  tokens: [number, number, number],
  anonymous = 401,
  admin = 403,
) => ({
  anonymous,
  owner,
  clerk,
  viewer,
  ownerToken: tokens[0],
  clerkToken: tokens[1],
  viewerToken: tokens[2],
  admin,
});

describe.each(drivers)('isolation matrix on %s', (driver) => {
  let t: TestPlatform;
  let a: TenantFixture;
  let b: TenantFixture;
  const ctx = () => t.platform.ctx;

  let farmOfA: FarmFixture;
  let jobsFarm: Promise<JobsFarmFixture> | undefined;
  const jobsFarmOfA = () => {
    jobsFarm ??= createJobsFarmFixture(ctx(), a);
    return jobsFarm;
  };

  beforeAll(async () => {
    // The matrix checks storage itself, around reads as well as refusals.
    t = await startTestPlatform(driver, {}, { guardRefusals: false });
    a = await createTenantFixture(ctx(), 'A');
    b = await createTenantFixture(ctx(), 'B');
    farmOfA = await createFarmFixture(ctx(), a);
  });
  afterAll(async () => {
    await t?.close();
  });

  /** A member of A working in A (an earlier call may have opened another tenant for them). */
  async function personInA(role: 'owner' | 'clerk' | 'viewer'): Promise<HttpAgent> {
    const agent = new HttpAgent(t.baseUrl);
    await agent.signIn(a.people[role].login, PASSWORD);
    const switched = await agent.request('POST', '/api/v1/auth/switch-tenant', { body: { tenantId: a.id } });
    expect(switched.status).toBe(200);
    return agent;
  }

  /** A fresh invitation of tenant A to a new phone number, with its one-time code. */
  async function freshInvitationOfA(): Promise<{ id: string; code: string }> {
    const owner = await personInA('owner');
    const added = await owner.request('POST', '/api/v1/staff', {
      body: {
        name: 'Lò Văn Mới',
        phone: `09${Math.floor(10_000_000 + Math.random() * 89_999_999)}`,
        role: 'clerk',
      },
    });
    expect(added.status).toBe(201);
    return { id: added.body.invitation.id, code: added.body.code.code };
  }

  /** A fresh member of tenant A, who joined with A's invitation code, to be changed or removed by one call. */
  async function freshMemberOfA(): Promise<string> {
    const { code } = await freshInvitationOfA();
    const joined = await new HttpAgent(t.baseUrl).request('POST', '/api/v1/auth/set-password', {
      body: { code, password: PASSWORD },
    });
    expect(joined.status).toBe(200);
    return joined.body.user.id;
  }

  async function freshTokenOfA(): Promise<string> {
    const owner = await personInA('owner');
    const created = await owner.request('POST', '/api/v1/tokens', {
      body: { name: 'Tạm thời', role: 'viewer' },
    });
    return created.body.token.id;
  }

  const readers = person(200, 200, 200, [200, 200, 200]);
  /** Owners and clerks enter data; viewers only read. */
  const recorders = person(201, 201, 403, [201, 201, 403]);
  const lotOfA = () => createLotFixture(ctx(), a, farmOfA);
  const harvestedLotOfA = async () => {
    const lot = await lotOfA();
    await recordFixture(ctx(), a, lot.id, 'plant', { plot: { id: farmOfA.plotItemId, label: 'A-01' } });
    await recordFixture(ctx(), a, lot.id, 'fertilise', { amount: 5 });
    await recordFixture(ctx(), a, lot.id, 'irrigate', {});
    await recordFixture(ctx(), a, lot.id, 'harvest', { weight: 100 });
    return lot;
  };
  const everyone = person(200, 200, 200, [200, 200, 200], 200, 200);
  /** Owners and clerks print labels; viewers do not see them. */
  const labelReaders = person(200, 200, 403, [200, 200, 403]);
  /** A lot of A anchored by a fresh checkpoint. */
  const anchoredLotOfA = async () => {
    const lot = await lotOfA();
    const key = ctx().config.checkpointKey;
    if (!key) throw new Error('the test platform has no checkpoint key');
    return { lotId: lot.id, seq: (await makeCheckpoint(ctx(), key)).checkpoint.seq };
  };
  const labelsOfA = (quantity: number) => insertLabelBatchFixture(ctx(), a, { quantity });
  const recallNotice = {
    reason: { vi: 'Lý do', en: 'Reason' },
    instructions: { vi: 'Hướng dẫn', en: 'Instructions' },
    contact: '0912 345 678',
  };
  const recallBody = (lotIds: string[]) => ({
    source: { kind: 'lots' as const, lotIds },
    notice: recallNotice,
    severity: 'high' as const,
    drill: false,
  });
  /** A fresh draft recall of A over a fresh lot (published when asked): its id. */
  const recallOfA = async (published = false) => {
    const draft = await createRecall(ctx(), ownerPrincipal(a), recallBody([(await lotOfA()).id]));
    if (published) await publishRecall(ctx(), ownerPrincipal(a), draft.recall.id);
    return draft.recall.id;
  };
  /** Owners change recalls (an owner's token too); clerks and viewers never. */
  const managers = person(200, 403, 403, [200, 403, 403]);
  const processOfA = (published = false) => createProcessFixture(ctx(), a, { published });
  const catalogOfA = () => createCatalogFixture(ctx(), a);
  const fileOfA = () => createFileFixture(ctx(), a, { purpose: 'photo' });
  const productOfA = () => createProductFixture(ctx(), a);
  const labelLayoutBody = () => ({
    name: `Tem ${randomUUID().slice(0, 8)}`,
    pageWidthMm: 50,
    pageHeightMm: 30,
    labelWidthMm: 50,
    labelHeightMm: 30,
    columns: 1,
    rows: 1,
    marginTopMm: 0,
    marginLeftMm: 0,
    gapXMm: 0,
    gapYMm: 0,
  });
  /** A 50 x 30 mm roll layout saved by tenant A. */
  const labelLayoutOfA = async () => {
    const id = randomUUID();
    const sizes = { page_width_mm: 50, page_height_mm: 30, label_width_mm: 50, label_height_mm: 30 };
    const spacing = { margin_top_mm: 0, margin_left_mm: 0, gap_x_mm: 0, gap_y_mm: 0 };
    const columns = { name: labelLayoutBody().name, ...sizes, ...spacing, columns: 1, rows: 1 };
    await insertLabelLayout(ctx().db, { id, tenantId: a.id, columns, by: null, now: new Date() });
    return id;
  };
  /** Private files: members of the tenant read them; anyone else, signed in or not, is told there is none. */
  const fileReaders = person(200, 200, 200, [200, 200, 200], 404, 404);
  const plotsCsv = new TextEncoder().encode('code,name,area\nB-02,Đồng Trên,"1,5"\n');
  const exportFile = () => ({
    format: 'nguon.process',
    formatVersion: 1,
    name: { vi: 'Quy trình nhập', en: 'Imported process' },
    productType: 'rice',
    sourceVersion: null,
    exportedAt: new Date().toISOString(),
    definition: publishableDefinition(),
  });
  async function storedValidatorId(): Promise<string> {
    const schema = publishableDefinition().stages[0]?.form.schema ?? {};
    const viewerOfA = {
      kind: 'token',
      tokenId: a.tokens.viewer.id,
      tenantId: a.id,
      role: 'viewer',
      createdBy: a.people.owner.id,
    } as const;
    return (await createFormValidator(ctx(), viewerOfA, schema)).id;
  }

  /** One template of the library for the calls that read or publish it (the library belongs to no tenant). */
  let libraryTemplate: Promise<{ id: string; key: string }> | undefined;
  const templateOfLibrary = () => {
    libraryTemplate ??= createTemplateFixture(ctx());
    return libraryTemplate;
  };
  /** Anyone signed in reads the library; tokens never (they act for a tenant, the library is the centre's). */
  const libraryReaders = person(200, 200, 200, [403, 403, 403], 401, 200);
  /** The centre's experts (the matrix's admin is a platform admin) publish; owners too are refused. */
  const libraryPublishers = (status: number) => person(403, 403, 403, [403, 403, 403], 401, status);

  /** Every endpoint, how to call it against tenant A, and the status each caller must get. */
  const matrix: Record<EndpointId, { call: () => Promise<Call> | Call; expected: Expected }> = {
    health: {
      call: () => ({ method: 'GET', path: '/healthz' }),
      expected: person(200, 200, 200, [200, 200, 200], 200, 200),
    },
    signIn: {
      call: async () => {
        const login = `signin.${randomUUID().slice(0, 8)}@htx.test`;
        await createPerson(ctx(), login);
        return { method: 'POST', path: '/api/v1/auth/sign-in', body: { login, password: PASSWORD } };
      },
      expected: person(200, 200, 200, [200, 200, 200], 200, 200),
    },
    signOut: {
      call: () => ({ method: 'POST', path: '/api/v1/auth/sign-out' }),
      expected: person(204, 204, 204, [403, 403, 403], 401, 204),
    },
    getSession: {
      call: () => ({ method: 'GET', path: '/api/v1/auth/session' }),
      expected: person(200, 200, 200, [403, 403, 403], 401, 200),
    },
    getSessionState: {
      call: () => ({ method: 'GET', path: '/api/v1/auth/session-state' }),
      expected: person(200, 200, 200, [200, 200, 200], 200, 200),
    },
    switchTenant: {
      call: () => ({ method: 'POST', path: '/api/v1/auth/switch-tenant', body: { tenantId: a.id } }),
      expected: person(200, 200, 200, [403, 403, 403], 401, 403),
    },
    changePassword: {
      call: () => ({
        method: 'POST',
        path: '/api/v1/auth/password',
        body: { currentPassword: 'wrong', newPassword: 'Mat-khau-moi-dai' },
      }),
      expected: person(400, 400, 400, [403, 403, 403], 401, 400),
    },
    setPassword: {
      call: () => ({
        method: 'POST',
        path: '/api/v1/auth/set-password',
        body: { code: 'NOPE234567', password: 'Mat-khau-moi-dai' },
        throttled: true,
      }),
      expected: person(400, 400, 400, [400, 400, 400], 400, 400),
    },
    getSignUpSettings: {
      call: () => ({ method: 'GET', path: '/api/v1/sign-up' }),
      expected: person(200, 200, 200, [200, 200, 200], 200, 200),
    },
    signUp: {
      call: () => ({
        method: 'POST',
        path: '/api/v1/sign-up',
        body: {
          person: {
            name: 'Hà Thị Mới',
            email: `moi.${randomUUID().slice(0, 8)}@htx.test`,
            password: PASSWORD,
          },
          tenant: { name: 'HTX Mới', kind: 'coop', province: 'an-giang', address: 'Xã Mới' },
        },
      }),
      expected: person(201, 201, 201, [201, 201, 201], 201, 201),
    },
    listPendingTenants: {
      call: () => ({ method: 'GET', path: '/api/v1/admin/tenants/pending' }),
      expected: person(403, 403, 403, [403, 403, 403], 401, 200),
    },
    decideTenant: {
      call: async () => {
        const pending = await insertTenant(ctx().db, {
          id: randomUUID(),
          name: 'HTX Chờ Duyệt',
          kind: 'coop',
          address: 'Xã Chờ',
          province: 'an-giang',
          status: 'pending',
        });
        return {
          method: 'POST',
          path: `/api/v1/admin/tenants/${pending.id}/decision`,
          body: { decision: 'approve' },
        };
      },
      expected: person(403, 403, 403, [403, 403, 403], 401, 200),
    },
    createTenant: {
      call: () => ({
        method: 'POST',
        path: '/api/v1/tenants',
        body: {
          name: 'Công ty Nước mắm Phú Quốc',
          kind: 'enterprise',
          address: 'Phú Quốc',
          province: 'an-giang',
        },
      }),
      expected: person(201, 201, 201, [403, 403, 403], 401, 201),
    },
    getTenant: {
      call: () => ({ method: 'GET', path: '/api/v1/tenant' }),
      expected: person(200, 200, 200, [200, 200, 200], 401, 403),
    },
    updateTenant: {
      call: () => ({ method: 'PATCH', path: '/api/v1/tenant', body: { phone: '0912 345 678' } }),
      expected: person(200, 403, 403, [200, 403, 403], 401, 403),
    },
    uploadTenantLogo: {
      call: () => ({
        method: 'PUT',
        path: '/api/v1/tenant/logo',
        rawBody: tinyPng,
        contentType: 'image/png',
      }),
      expected: person(200, 403, 403, [200, 403, 403]),
    },
    removeTenantLogo: {
      call: () => ({ method: 'DELETE', path: '/api/v1/tenant/logo' }),
      expected: person(200, 403, 403, [200, 403, 403]),
    },
    getTenantLogo: {
      call: async () => {
        await upsertTenantLogo(ctx().db, a.id, 'image/png', tinyPng, ctx().now());
        return { method: 'GET', path: `/api/v1/tenants/${a.id}/logo` };
      },
      expected: person(200, 200, 200, [200, 200, 200], 200, 200),
    },
    listStaff: {
      call: () => ({ method: 'GET', path: '/api/v1/staff' }),
      expected: person(200, 403, 200, [200, 403, 200]),
    },
    addStaff: {
      call: () => ({
        method: 'POST',
        path: '/api/v1/staff',
        body: { name: 'Hà Thị Lan', email: `lan.${randomUUID().slice(0, 8)}@htx.test`, role: 'clerk' },
      }),
      expected: person(201, 403, 403, [403, 403, 403]),
    },
    updateStaff: {
      call: async () => ({
        method: 'PATCH',
        path: `/api/v1/staff/${await freshMemberOfA()}`,
        body: { role: 'viewer' },
      }),
      expected: person(200, 403, 403, [403, 403, 403]),
    },
    removeStaff: {
      call: async () => ({ method: 'DELETE', path: `/api/v1/staff/${await freshMemberOfA()}` }),
      expected: person(204, 403, 403, [403, 403, 403]),
    },
    listStaffInvitations: {
      call: () => ({ method: 'GET', path: '/api/v1/staff/invitations' }),
      expected: person(200, 403, 200, [200, 403, 200]),
    },
    revokeStaffInvitation: {
      call: async () => ({
        method: 'DELETE',
        path: `/api/v1/staff/invitations/${(await freshInvitationOfA()).id}`,
      }),
      expected: person(204, 403, 403, [403, 403, 403]),
    },
    renewStaffInvitationCode: {
      call: async () => ({
        method: 'POST',
        path: `/api/v1/staff/invitations/${(await freshInvitationOfA()).id}/code`,
      }),
      expected: person(201, 403, 403, [403, 403, 403]),
    },
    listMyInvitations: {
      call: () => ({ method: 'GET', path: '/api/v1/me/invitations' }),
      expected: person(200, 200, 200, [403, 403, 403], 401, 200),
    },
    // An invitation to someone else: nobody but its addressee may answer it, or learn that it exists.
    acceptMyInvitation: {
      call: async () => ({
        method: 'POST',
        path: `/api/v1/me/invitations/${(await freshInvitationOfA()).id}/accept`,
      }),
      expected: person(404, 404, 404, [403, 403, 403], 401, 404),
    },
    declineMyInvitation: {
      call: async () => ({
        method: 'POST',
        path: `/api/v1/me/invitations/${(await freshInvitationOfA()).id}/decline`,
      }),
      expected: person(404, 404, 404, [403, 403, 403], 401, 404),
    },
    issueSetPasswordCode: {
      call: async () => ({
        method: 'POST',
        path: `/api/v1/staff/${await freshMemberOfA()}/set-password-code`,
      }),
      expected: person(201, 403, 403, [403, 403, 403]),
    },
    listApiTokens: {
      call: () => ({ method: 'GET', path: '/api/v1/tokens' }),
      expected: person(200, 403, 403, [403, 403, 403]),
    },
    createApiToken: {
      call: () => ({ method: 'POST', path: '/api/v1/tokens', body: { name: 'ERP kho', role: 'clerk' } }),
      expected: person(201, 403, 403, [403, 403, 403]),
    },
    revokeApiToken: {
      call: async () => ({ method: 'DELETE', path: `/api/v1/tokens/${await freshTokenOfA()}` }),
      expected: person(204, 403, 403, [403, 403, 403]),
    },
    setPlatformRoles: {
      call: async () => {
        const target = await createPerson(ctx(), `expert.${randomUUID().slice(0, 8)}@nguon.test`);
        return {
          method: 'PUT',
          path: `/api/v1/admin/users/${target.id}/platform-roles`,
          body: { roles: ['expert'], inspectorProvinces: [] },
        };
      },
      expected: person(403, 403, 403, [403, 403, 403], 401, 200),
    },
    listProcesses: {
      call: () => ({ method: 'GET', path: '/api/v1/processes' }),
      expected: readers,
    },
    createProcess: {
      call: () => ({
        method: 'POST',
        path: '/api/v1/processes',
        body: { name: { vi: 'Quy trình chè Tân Cương', en: '' }, productType: 'tea' },
      }),
      expected: person(201, 403, 403, [201, 403, 403]),
    },
    importProcess: {
      call: () => ({ method: 'POST', path: '/api/v1/processes/import', body: exportFile() }),
      expected: person(201, 403, 403, [201, 403, 403]),
    },
    getProcess: {
      call: async () => ({ method: 'GET', path: `/api/v1/processes/${(await processOfA()).id}` }),
      expected: readers,
    },
    updateProcess: {
      call: async () => ({
        method: 'PATCH',
        path: `/api/v1/processes/${(await processOfA()).id}`,
        body: { name: { vi: 'Lúa ST25 vụ đông xuân', en: '' } },
      }),
      expected: person(200, 403, 403, [200, 403, 403]),
    },
    duplicateProcess: {
      call: async () => ({
        method: 'POST',
        path: `/api/v1/processes/${(await processOfA()).id}/duplicate`,
        body: { name: { vi: 'Bản sao', en: '' } },
      }),
      expected: person(201, 403, 403, [201, 403, 403]),
    },
    saveProcessDraft: {
      call: async () => {
        const process = await processOfA();
        return {
          method: 'PUT',
          path: `/api/v1/processes/${process.id}/draft`,
          body: { revision: process.revision, definition: { ...publishableDefinition(), edges: [] } },
        };
      },
      expected: person(200, 403, 403, [200, 403, 403]),
    },
    publishProcess: {
      call: async () => {
        const process = await processOfA();
        return {
          method: 'POST',
          path: `/api/v1/processes/${process.id}/versions`,
          body: { revision: process.revision, note: 'Phiên bản đầu' },
        };
      },
      expected: person(201, 403, 403, [201, 403, 403]),
    },
    listProcessVersions: {
      call: async () => ({
        method: 'GET',
        path: `/api/v1/processes/${(await processOfA(true)).id}/versions`,
      }),
      expected: readers,
    },
    getProcessVersion: {
      call: async () => ({
        method: 'GET',
        path: `/api/v1/processes/${(await processOfA(true)).id}/versions/1`,
      }),
      expected: readers,
    },
    restoreProcessVersion: {
      call: async () => {
        const process = await processOfA(true);
        return {
          method: 'POST',
          path: `/api/v1/processes/${process.id}/versions/1/restore`,
          body: { revision: process.revision },
        };
      },
      expected: person(200, 403, 403, [200, 403, 403]),
    },
    diffProcessVersions: {
      call: async () => ({
        method: 'GET',
        path: `/api/v1/processes/${(await processOfA(true)).id}/diff?from=1&to=draft`,
      }),
      expected: readers,
    },
    exportProcess: {
      call: async () => ({
        method: 'GET',
        path: `/api/v1/processes/${(await processOfA(true)).id}/export?version=1`,
      }),
      expected: readers,
    },
    useTemplate: {
      call: async () => ({
        method: 'POST',
        path: `/api/v1/templates/${await templateWithUpdateFixture(ctx())}/use`,
        body: { version: 2 },
      }),
      expected: person(201, 403, 403, [201, 403, 403]),
    },
    getProcessTemplateUpdate: {
      call: async () => ({
        method: 'GET',
        path: `/api/v1/processes/${(await processFromTemplateFixture(ctx(), a)).processId}/template-update`,
      }),
      expected: readers,
    },
    takeTemplateChanges: {
      call: async () => {
        const made = await processFromTemplateFixture(ctx(), a);
        return {
          method: 'POST',
          path: `/api/v1/processes/${made.processId}/template-update`,
          body: { revision: made.revision, stageKeys: ['hai_che'], finish: false },
        };
      },
      expected: person(200, 403, 403, [200, 403, 403]),
    },
    createFormValidator: {
      call: () => ({
        method: 'POST',
        path: '/api/v1/form-validators',
        body: { schema: publishableDefinition().stages[0]?.form.schema },
      }),
      // readers of a tenant by session, and the centre's experts with no tenant (the matrix's admin) who preview
      // templates; tokens never (the validators are for the browser's forms)
      expected: person(200, 200, 200, [403, 403, 403], 401, 200),
    },
    listCatalogs: {
      call: () => ({ method: 'GET', path: '/api/v1/catalogs' }),
      expected: readers,
    },
    createCatalog: {
      call: () => ({ method: 'POST', path: '/api/v1/catalogs', body: plotsCatalogBody() }),
      expected: person(201, 403, 403, [201, 403, 403]),
    },
    getCatalog: {
      call: async () => ({ method: 'GET', path: `/api/v1/catalogs/${(await catalogOfA()).id}` }),
      expected: readers,
    },
    updateCatalog: {
      call: async () => {
        const catalog = await catalogOfA();
        return {
          method: 'PATCH',
          path: `/api/v1/catalogs/${catalog.id}`,
          body: { revision: catalog.revision, name: { vi: 'Thửa đất', en: 'Plots' } },
        };
      },
      expected: person(200, 403, 403, [200, 403, 403]),
    },
    listCatalogItems: {
      call: async () => ({ method: 'GET', path: `/api/v1/catalogs/${(await catalogOfA()).id}/items?q=dong` }),
      expected: readers,
    },
    createCatalogItem: {
      call: async () => ({
        method: 'POST',
        path: `/api/v1/catalogs/${(await catalogOfA()).id}/items`,
        body: { data: { code: 'B-02', name: 'Đồng Trên' } },
      }),
      expected: person(201, 403, 403, [201, 403, 403]),
    },
    getCatalogItem: {
      call: async () => {
        const catalog = await catalogOfA();
        return { method: 'GET', path: `/api/v1/catalogs/${catalog.id}/items/${catalog.itemId}` };
      },
      expected: readers,
    },
    updateCatalogItem: {
      call: async () => {
        const catalog = await catalogOfA();
        return {
          method: 'PATCH',
          path: `/api/v1/catalogs/${catalog.id}/items/${catalog.itemId}`,
          body: { revision: catalog.itemRevision, archived: true },
        };
      },
      expected: person(200, 403, 403, [200, 403, 403]),
    },
    getCatalogItemHistory: {
      call: async () => {
        const catalog = await catalogOfA();
        return { method: 'GET', path: `/api/v1/catalogs/${catalog.id}/items/${catalog.itemId}/history` };
      },
      expected: readers,
    },
    importCatalogItems: {
      call: async () => ({
        method: 'POST',
        path: `/api/v1/catalogs/${(await catalogOfA()).id}/import?mode=valid-only`,
        rawBody: plotsCsv,
        contentType: 'text/csv',
      }),
      expected: person(200, 403, 403, [200, 403, 403]),
    },
    exportCatalogItems: {
      call: async () => ({ method: 'GET', path: `/api/v1/catalogs/${(await catalogOfA()).id}/export` }),
      expected: readers,
    },
    uploadFile: {
      call: () => ({
        method: 'POST',
        path: '/api/v1/files?purpose=photo',
        rawBody: tinyPng,
        contentType: 'image/png',
      }),
      expected: person(201, 201, 403, [201, 201, 403]),
    },
    getFileInfo: {
      call: async () => ({ method: 'GET', path: `/api/v1/files/${(await fileOfA()).id}/info` }),
      expected: readers,
    },
    getFile: {
      call: async () => ({ method: 'GET', path: `/api/v1/files/${(await fileOfA()).id}` }),
      expected: fileReaders,
    },
    getFileVariant: {
      call: async () => ({ method: 'GET', path: `/api/v1/files/${(await fileOfA()).id}/thumb` }),
      expected: fileReaders,
    },
    listProducts: {
      call: () => ({ method: 'GET', path: '/api/v1/products?q=st25' }),
      expected: readers,
    },
    createProduct: {
      call: () => ({ method: 'POST', path: '/api/v1/products', body: productBody() }),
      expected: person(201, 403, 403, [201, 403, 403]),
    },
    getProduct: {
      call: async () => ({ method: 'GET', path: `/api/v1/products/${(await productOfA()).id}` }),
      expected: readers,
    },
    updateProduct: {
      call: async () => {
        const product = await productOfA();
        return {
          method: 'PATCH',
          path: `/api/v1/products/${product.id}`,
          body: { revision: product.revision, shelfLifeDays: 180 },
        };
      },
      expected: person(200, 403, 403, [200, 403, 403]),
    },
    getFormValidator: {
      call: async () => ({ method: 'GET', path: `/api/v1/form-validators/${await storedValidatorId()}.js` }),
      expected: person(200, 200, 200, [200, 200, 200], 200, 200),
    },
    getWorkList: {
      call: () => ({ method: 'GET', path: '/api/v1/work-list' }),
      expected: readers,
    },
    listLots: {
      call: () => ({ method: 'GET', path: '/api/v1/lots?status=in_progress' }),
      expected: readers,
    },
    createLot: {
      call: () => ({
        method: 'POST',
        path: '/api/v1/lots',
        body: { productId: farmOfA.productId, quantity: 10, unit: 'kg' },
      }),
      expected: recorders,
    },
    getLot: {
      call: async () => ({ method: 'GET', path: `/api/v1/lots/${(await lotOfA()).id}` }),
      expected: readers,
    },
    getStageEntry: {
      call: async () => ({ method: 'GET', path: `/api/v1/lots/${(await lotOfA()).id}/stages/plant` }),
      expected: readers,
    },
    recordStage: {
      call: async () => ({
        method: 'POST',
        path: `/api/v1/lots/${(await lotOfA()).id}/records`,
        body: { stageId: 'plant', data: { plot: { id: farmOfA.plotItemId, label: 'A-01' } } },
      }),
      expected: recorders,
    },
    correctRecord: {
      call: async () => {
        const lot = await lotOfA();
        const record = await recordFixture(ctx(), a, lot.id, 'plant', {
          plot: { id: farmOfA.plotItemId, label: 'A-01' },
        });
        return {
          method: 'POST',
          path: `/api/v1/lots/${lot.id}/records/${record.id}/corrections`,
          body: {
            data: { plot: { id: farmOfA.plotItemId, label: 'A-01' }, note: 'x' },
            reason: 'Thiếu ghi chú',
          },
        };
      },
      expected: recorders,
    },
    createTransformation: {
      call: async () => ({
        method: 'POST',
        path: '/api/v1/transformations',
        body: {
          stageId: 'dry',
          inputs: [{ lotId: (await harvestedLotOfA()).id, quantity: 100, unit: 'kg' }],
          outputs: [{ quantity: 70, unit: 'kg' }],
          data: {},
        },
      }),
      expected: recorders,
    },
    verifyRecords: {
      call: () => ({ method: 'GET', path: '/api/v1/records/verification' }),
      expected: person(200, 403, 403, [200, 403, 403]),
    },
    listCheckpoints: {
      call: () => ({ method: 'GET', path: '/api/v1/checkpoints' }),
      expected: everyone,
    },
    latestCheckpoint: {
      call: async () => {
        await anchoredLotOfA();
        return { method: 'GET', path: '/api/v1/checkpoints/latest' };
      },
      expected: everyone,
    },
    checkpointPublicKey: {
      call: () => ({ method: 'GET', path: '/api/v1/checkpoints/public-key' }),
      expected: everyone,
    },
    getCheckpoint: {
      call: async () => ({ method: 'GET', path: `/api/v1/checkpoints/${(await anchoredLotOfA()).seq}` }),
      expected: everyone,
    },
    checkpointProof: {
      call: async () => {
        const { seq, lotId } = await anchoredLotOfA();
        return { method: 'GET', path: `/api/v1/checkpoints/${seq}/proof/${lotId}` };
      },
      expected: readers,
    },
    makeCheckpoint: {
      call: () => ({ method: 'POST', path: '/api/v1/checkpoints' }),
      expected: person(403, 403, 403, [403, 403, 403], 401, 200),
    },
    listLabelLayouts: {
      call: () => ({ method: 'GET', path: '/api/v1/label-layouts' }),
      expected: readers,
    },
    createLabelLayout: {
      call: () => ({ method: 'POST', path: '/api/v1/label-layouts', body: labelLayoutBody() }),
      expected: person(201, 403, 403, [201, 403, 403]),
    },
    updateLabelLayout: {
      call: async () => ({
        method: 'PATCH',
        path: `/api/v1/label-layouts/${await labelLayoutOfA()}`,
        body: { labelHeightMm: 28 },
      }),
      expected: person(200, 403, 403, [200, 403, 403]),
    },
    archiveLabelLayout: {
      call: async () => ({ method: 'DELETE', path: `/api/v1/label-layouts/${await labelLayoutOfA()}` }),
      expected: person(204, 403, 403, [204, 403, 403]),
    },
    getLotGenealogy: {
      call: async () => ({
        method: 'GET',
        path: `/api/v1/lots/${(await lotOfA()).id}/genealogy?direction=down`,
      }),
      expected: readers,
    },
    downloadLotGenealogyCsv: {
      call: async () => ({
        method: 'GET',
        path: `/api/v1/lots/${(await lotOfA()).id}/genealogy.csv?direction=up&depth=3`,
      }),
      expected: readers,
    },
    listCatalogItemLots: {
      call: () => ({
        method: 'GET',
        path: `/api/v1/catalogs/${farmOfA.catalogId}/items/${farmOfA.plotItemId}/lots`,
      }),
      expected: readers,
    },
    getInspectedLotGenealogy: {
      call: async () => ({
        method: 'GET',
        path: `/api/v1/inspection/lots/${(await lotOfA()).id}/genealogy?direction=down`,
      }),
      // inspectors only: no member of the tenant, no token, no admin without the inspector role
      expected: person(403, 403, 403, [403, 403, 403], 401, 403),
    },
    getScanStatistics: {
      call: () => ({ method: 'GET', path: '/api/v1/scan-statistics?from=2026-03-01&to=2026-03-31' }),
      // owners and viewers read the scans; clerks in the field do not need them
      expected: person(200, 403, 200, [200, 403, 200]),
    },
    downloadScansCsv: {
      call: () => ({ method: 'GET', path: '/api/v1/scans.csv?from=2026-03-01&to=2026-03-31' }),
      expected: person(200, 403, 200, [200, 403, 200]),
    },
    getScanSettings: {
      call: () => ({ method: 'GET', path: '/api/v1/scan-settings' }),
      expected: person(200, 403, 200, [200, 403, 200]),
    },
    putScanSettings: {
      call: () => ({
        method: 'PUT',
        path: '/api/v1/scan-settings',
        body: { countThreshold: 60, spreadNetworks: 10, spreadRegions: 3, spreadHours: 24 },
      }),
      expected: person(200, 403, 403, [200, 403, 403]),
    },
    // Recalls: everyone who reads lots reads them; only owners start, change, publish, cancel and close them.
    listRecalls: {
      call: () => ({ method: 'GET', path: '/api/v1/recalls' }),
      expected: readers,
    },
    createRecall: {
      call: async () => ({
        method: 'POST',
        path: '/api/v1/recalls',
        body: recallBody([(await lotOfA()).id]),
      }),
      expected: person(201, 403, 403, [201, 403, 403]),
    },
    getRecall: {
      call: async () => ({ method: 'GET', path: `/api/v1/recalls/${await recallOfA()}` }),
      expected: readers,
    },
    updateRecall: {
      call: async () => ({
        method: 'PUT',
        path: `/api/v1/recalls/${await recallOfA()}`,
        body: { notice: recallNotice, severity: 'low' },
      }),
      expected: managers,
    },
    publishRecall: {
      call: async () => ({ method: 'POST', path: `/api/v1/recalls/${await recallOfA()}/publish` }),
      expected: managers,
    },
    cancelRecall: {
      call: async () => ({ method: 'POST', path: `/api/v1/recalls/${await recallOfA()}/cancel` }),
      expected: managers,
    },
    closeRecall: {
      call: async () => ({
        method: 'POST',
        path: `/api/v1/recalls/${await recallOfA(true)}/close`,
        body: { outcomes: [], note: '' },
      }),
      expected: managers,
    },
    // Inspectors only (none of these callers is one): a tenant's people and tokens never reach them.
    listInspectedRecalls: {
      call: () => ({ method: 'GET', path: '/api/v1/inspection/recalls' }),
      expected: person(403, 403, 403, [403, 403, 403]),
    },
    getInspectedRecall: {
      call: async () => ({ method: 'GET', path: `/api/v1/inspection/recalls/${await recallOfA(true)}` }),
      expected: person(403, 403, 403, [403, 403, 403]),
    },
    getLabel: {
      call: async () => ({ method: 'GET', path: `/api/v1/labels/${(await labelsOfA(1)).serials[0]}` }),
      expected: person(200, 200, 403, [200, 200, 403]),
    },
    activateLabels: {
      call: async () => {
        const [batch, lot] = [await labelsOfA(2), await lotOfA()];
        const body = { lotId: lot.id, labels: { batchId: batch.id, firstSeq: 1, lastSeq: 2 } };
        return { method: 'POST', path: '/api/v1/label-activations', body };
      },
      expected: recorders,
    },
    voidLabels: {
      call: async () => {
        const body = { labels: { serials: (await labelsOfA(2)).serials }, reason: 'misprint' };
        return { method: 'POST', path: '/api/v1/label-voids', body };
      },
      // a voided code is dead for good: owners only
      expected: person(201, 403, 403, [201, 403, 403]),
    },
    // Each call first lets A's earlier batches finish: their jobs write in the background.
    orderLabelBatch: {
      call: async () => {
        await settleLabelBatches(ctx(), a.id);
        return {
          method: 'POST',
          path: '/api/v1/label-batches',
          body: { quantity: 2, productId: farmOfA.productId },
        };
      },
      expected: person(201, 403, 403, [201, 403, 403]),
    },
    listLabelBatches: {
      call: async () => {
        await labelBatchFixture(ctx(), a);
        return { method: 'GET', path: '/api/v1/label-batches?state=completed' };
      },
      expected: labelReaders,
    },
    getLabelBatch: {
      call: async () => ({
        method: 'GET',
        path: `/api/v1/label-batches/${(await labelBatchFixture(ctx(), a)).id}`,
      }),
      expected: labelReaders,
    },
    cancelLabelBatch: {
      call: async () => ({
        method: 'POST',
        path: `/api/v1/label-batches/${(await labelBatchFixture(ctx(), a, 'failed')).id}/cancel`,
      }),
      expected: person(200, 403, 403, [200, 403, 403]),
    },
    retryLabelBatch: {
      call: async () => ({
        method: 'POST',
        path: `/api/v1/label-batches/${(await labelBatchFixture(ctx(), a, 'failed')).id}/retry`,
      }),
      expected: person(200, 403, 403, [200, 403, 403]),
    },
    downloadLabelBatchCsv: {
      call: async () => ({
        method: 'GET',
        path: `/api/v1/label-batches/${(await labelBatchFixture(ctx(), a)).id}/labels.csv`,
      }),
      expected: labelReaders,
    },
    downloadLabelBatchPdf: {
      call: async () => ({
        method: 'GET',
        path: `/api/v1/label-batches/${(await labelBatchFixture(ctx(), a)).id}/labels.pdf`,
      }),
      expected: labelReaders,
    },
    downloadLabelBatchZip: {
      call: async () => ({
        method: 'GET',
        path: `/api/v1/label-batches/${(await labelBatchFixture(ctx(), a)).id}/labels.zip`,
      }),
      expected: labelReaders,
    },
    listTenantJobs: {
      call: () => ({ method: 'GET', path: '/api/v1/jobs' }),
      expected: readers,
    },
    // Owners reach every job of the tenant, others their own (a token acts for the owner who made it).
    getCatalogImport: {
      call: async () => ({
        method: 'GET',
        path: `/api/v1/catalog-imports/${(await createQueuedImportFixture(ctx(), a)).id}`,
      }),
      expected: person(200, 404, 404, [200, 200, 200]),
    },
    cancelCatalogImport: {
      call: async () => ({
        method: 'POST',
        path: `/api/v1/catalog-imports/${(await createQueuedImportFixture(ctx(), a)).id}/cancel`,
      }),
      expected: person(200, 404, 404, [200, 200, 200]),
    },
    // A queued import that has not stalled is refused (409) once the caller may manage catalogs and reaches it.
    retryCatalogImport: {
      call: async () => ({
        method: 'POST',
        path: `/api/v1/catalog-imports/${(await createQueuedImportFixture(ctx(), a)).id}/retry`,
      }),
      expected: person(409, 403, 403, [409, 403, 403]),
    },
    // Owners ask for a recall's report; every member reads it once ready.
    requestRecallReport: {
      call: async () => ({
        method: 'POST',
        path: `/api/v1/recalls/${await recallFixture(ctx(), a, farmOfA)}/report`,
      }),
      expected: person(201, 403, 403, [201, 403, 403]),
    },
    downloadRecallReportCsv: {
      call: async () => ({
        method: 'GET',
        path: `/api/v1/recalls/${await reportedRecallFixture(ctx(), a, farmOfA)}/report.csv`,
      }),
      expected: readers,
    },
    downloadRecallReportPdf: {
      call: async () => ({
        method: 'GET',
        path: `/api/v1/recalls/${await reportedRecallFixture(ctx(), a, farmOfA)}/report.pdf`,
      }),
      expected: readers,
    },
    // jobs within a stage (issue 16): a lot of A's jobs farm whose care stage may close
    closeStage: {
      call: async () => {
        const lot = await createLot(ctx(), ownerPrincipal(a), {
          productId: (await jobsFarmOfA()).productId,
          quantity: 100,
          unit: 'kg',
        });
        const owner = ownerPrincipal(a);
        await recordStage(ctx(), owner, lot.id, { stageId: 'plant', data: {} });
        for (const jobId of ['j-fert', 'j-fert', 'j-weed'])
          await recordStage(ctx(), owner, lot.id, { stageId: 'care', jobId, data: {} });
        return { method: 'POST', path: `/api/v1/lots/${lot.id}/stages/care/close`, body: {} };
      },
      expected: recorders,
    },
    // the template library (issue 17): the centre's, read by anyone signed in, published by its experts
    listTemplates: {
      call: () => ({ method: 'GET', path: '/api/v1/templates?q=shan%20tuyet' }),
      expected: libraryReaders,
    },
    getTemplate: {
      call: async () => ({ method: 'GET', path: `/api/v1/templates/${(await templateOfLibrary()).id}` }),
      expected: libraryReaders,
    },
    listTemplateVersions: {
      call: async () => ({
        method: 'GET',
        path: `/api/v1/templates/${(await templateOfLibrary()).id}/versions`,
      }),
      expected: libraryReaders,
    },
    createTemplate: {
      call: async () => ({
        method: 'POST',
        path: '/api/v1/templates',
        body: { file: await templateFileOf({ key: freshTemplateKey() }) },
      }),
      expected: libraryPublishers(201),
    },
    publishTemplateVersion: {
      call: async () => {
        const template = await templateOfLibrary();
        const file = await templateFileOf({ key: template.key, note: `Bản ${randomUUID().slice(0, 8)}` });
        return { method: 'POST', path: `/api/v1/templates/${template.id}/versions`, body: { file } };
      },
      expected: libraryPublishers(201),
    },
    deprecateTemplateVersion: {
      call: async () => ({
        method: 'POST',
        path: `/api/v1/templates/${(await templateOfLibrary()).id}/versions/1/deprecate`,
        body: { message: { vi: 'Dùng bản mới hơn', en: 'Use a newer version' } },
      }),
      expected: libraryPublishers(200),
    },
    listTemplateDrafts: {
      call: () => ({ method: 'GET', path: '/api/v1/template-drafts' }),
      expected: libraryPublishers(200),
    },
    createTemplateDraft: {
      call: () => ({
        method: 'POST',
        path: '/api/v1/template-drafts',
        body: { key: freshTemplateKey(), productType: 'tea', name: { vi: 'Chè mới', en: '' } },
      }),
      expected: libraryPublishers(201),
    },
    openTemplateDraft: {
      call: async () => ({
        method: 'POST',
        path: `/api/v1/templates/${(await createTemplateFixture(ctx())).id}/draft`,
      }),
      expected: libraryPublishers(200),
    },
    getTemplateDraft: {
      call: async () => ({
        method: 'GET',
        path: `/api/v1/template-drafts/${(await templateDraftFixture(ctx())).id}`,
      }),
      expected: libraryPublishers(200),
    },
    saveTemplateDraftProcess: {
      call: async () => {
        const draft = await templateDraftFixture(ctx());
        const definition = { schemaVersion: 1, stages: [], edges: [] };
        return {
          method: 'PUT',
          path: `/api/v1/template-drafts/${draft.id}/process`,
          body: { revision: draft.processRevision, definition },
        };
      },
      expected: libraryPublishers(200),
    },
    saveTemplateDraftDetails: {
      call: async () => {
        const draft = await templateDraftFixture(ctx());
        const found = await getTemplateDraft(ctx(), await templateAdminPrincipal(ctx()), draft.id);
        const { revision, updatedAt: _at, updatedBy: _by, ...details } = found.details;
        return {
          method: 'PUT',
          path: `/api/v1/template-drafts/${draft.id}/details`,
          body: { revision, details: { ...details, keywords: ['sửa'] } },
        };
      },
      expected: libraryPublishers(200),
    },
    publishTemplateDraft: {
      call: async () => {
        const draft = await templateDraftFixture(ctx(), { changed: true });
        const { processRevision, detailsRevision } = draft;
        const changeNote = { vi: 'Sửa tóm tắt', en: 'Summary edited' };
        return {
          method: 'POST',
          path: `/api/v1/template-drafts/${draft.id}/publish`,
          body: { processRevision, detailsRevision, changeNote },
        };
      },
      expected: libraryPublishers(201),
    },
    discardTemplateDraft: {
      call: async () => {
        const draft = await templateDraftFixture(ctx());
        const revisions = `processRevision=${draft.processRevision}&detailsRevision=${draft.detailsRevision}`;
        return { method: 'DELETE', path: `/api/v1/template-drafts/${draft.id}?${revisions}` };
      },
      expected: libraryPublishers(204),
    },
    getTemplateDraftUpdate: {
      call: async () => ({
        method: 'GET',
        path: `/api/v1/template-drafts/${(await templateDraftFixture(ctx(), { outdated: true })).id}/update`,
      }),
      expected: libraryPublishers(200),
    },
    takeTemplateDraftUpdate: {
      call: async () => {
        const draft = await templateDraftFixture(ctx(), { outdated: true });
        const { processRevision, detailsRevision } = draft;
        return {
          method: 'POST',
          path: `/api/v1/template-drafts/${draft.id}/update`,
          body: { processRevision, detailsRevision, version: 2, stageKeys: [], detailParts: ['guide'] },
        };
      },
      expected: libraryPublishers(200),
    },
  };

  it('covers every endpoint of the contract', () => {
    expect(Object.keys(matrix).sort()).toEqual(Object.keys(endpoints).sort());
  });

  async function agentFor(caller: Caller): Promise<HttpAgent> {
    switch (caller) {
      case 'anonymous':
        return new HttpAgent(t.baseUrl);
      case 'ownerToken':
        return new HttpAgent(t.baseUrl, a.tokens.owner.secret);
      case 'clerkToken':
        return new HttpAgent(t.baseUrl, a.tokens.clerk.secret);
      case 'viewerToken':
        return new HttpAgent(t.baseUrl, a.tokens.viewer.secret);
      case 'admin': {
        // A fresh admin each time: one that opened a tenant in an earlier call would work in it.
        const agent = new HttpAgent(t.baseUrl);
        await agent.signIn((await createAdmin(ctx())).login, PASSWORD);
        return agent;
      }
      default:
        return personInA(caller);
    }
  }

  const callers: Caller[] = [
    'anonymous',
    'owner',
    'clerk',
    'viewer',
    'ownerToken',
    'clerkToken',
    'viewerToken',
    'admin',
  ];
  for (const id of Object.keys(endpoints) as EndpointId[]) {
    it(`${id}: each caller gets its expected status, and refusals and reads store nothing`, async () => {
      const entry = matrix[id];
      const outcome: Partial<Expected> = {};
      for (const caller of callers) {
        const agent = await agentFor(caller);
        const call = await entry.call();
        const before = await snapshotStorage(ctx().db, t.filesDir);
        const response = await agent.request(call.method, call.path, {
          body: call.body,
          rawBody: call.rawBody,
          contentType: call.contentType,
        });
        outcome[caller] = response.status;
        // A refusal stores nothing, and neither does a read.
        if (response.status >= 400 || call.method === 'GET') {
          const after = await snapshotStorage(ctx().db, t.filesDir);
          expect(
            keptOnRefusal(after, call),
            `${id} as ${caller} (${response.status}) changed stored data`,
          ).toEqual(keptOnRefusal(before, call));
        }
        if (response.status >= 400) expect(response.body.code, `${id} as ${caller}`).toMatch(/^[A-Z_]+$/);
      }
      expect(outcome).toEqual(entry.expected);
    });
  }

  describe("another tenant's ids", () => {
    /** Sends one cross-tenant call and checks it left every stored row as it was. */
    const refusedUnchanged = (call: Call, send: () => Promise<AgentResponse>) =>
      expectNothingStored({ db: ctx().db, filesDir: t.filesDir }, `${call.method} ${call.path}`, send);

    it("cannot read, record, correct or transform another tenant's lot", async () => {
      const lot = await harvestedLotOfA();
      const detail = await (await personInA('owner')).request('GET', `/api/v1/lots/${lot.id}`);
      const recordId = detail.body.records[0].id;
      for (const agent of [new HttpAgent(t.baseUrl), new HttpAgent(t.baseUrl, b.tokens.owner.secret)]) {
        if (!agent.bearer) await agent.signIn(b.people.owner.login, PASSWORD);
        const calls: Call[] = [
          { method: 'GET', path: `/api/v1/lots/${lot.id}` },
          { method: 'GET', path: `/api/v1/lots/${lot.id}/stages/dry` },
          { method: 'POST', path: `/api/v1/lots/${lot.id}/records`, body: { stageId: 'pack', data: {} } },
          {
            method: 'POST',
            path: `/api/v1/lots/${lot.id}/records/${recordId}/corrections`,
            body: { data: {}, reason: 'x' },
          },
          {
            method: 'POST',
            path: '/api/v1/transformations',
            body: {
              stageId: 'dry',
              inputs: [{ lotId: lot.id, quantity: 1, unit: 'kg' }],
              outputs: [{ quantity: 1, unit: 'kg' }],
              data: {},
            },
          },
          { method: 'POST', path: `/api/v1/lots/${lot.id}/stages/fertilise/close`, body: {} },
        ];
        for (const call of calls) {
          const response = await refusedUnchanged(call, () =>
            agent.request(call.method, call.path, { body: call.body }),
          );
          expect([call.path, response.status, response.body.code]).toEqual([call.path, 404, 'NOT_FOUND']);
        }
        const verification = await agent.request('GET', '/api/v1/records/verification');
        expect(verification.body.faults).toEqual([]);
        const work = await agent.request('GET', '/api/v1/work-list');
        expect(work.body.items).toEqual([]);
      }
      const after = await (await personInA('owner')).request('GET', `/api/v1/lots/${lot.id}`);
      expect(after.body.records).toHaveLength(detail.body.records.length);
    });

    it('cannot change, remove or re-code a member of another tenant', async () => {
      const ownerB = new HttpAgent(t.baseUrl);
      await ownerB.signIn(b.people.owner.login, PASSWORD);
      const target = a.people.clerk.id;
      const calls: Call[] = [
        { method: 'PATCH', path: `/api/v1/staff/${target}`, body: { role: 'owner' } },
        { method: 'DELETE', path: `/api/v1/staff/${target}` },
        { method: 'POST', path: `/api/v1/staff/${target}/set-password-code` },
      ];
      for (const call of calls) {
        const response = await refusedUnchanged(call, () =>
          ownerB.request(call.method, call.path, { body: call.body }),
        );
        expect([response.status, response.body.code]).toEqual([404, 'NOT_FOUND']);
      }
      const ownerA = await personInA('owner');
      const staff = await ownerA.request('GET', '/api/v1/staff');
      expect(staff.body.items.find((m: { userId: string }) => m.userId === target)?.role).toBe('clerk');
    });

    it("cannot revoke another tenant's token, by session or by token", async () => {
      for (const agent of [new HttpAgent(t.baseUrl), new HttpAgent(t.baseUrl, b.tokens.owner.secret)]) {
        if (!agent.bearer) await agent.signIn(b.people.owner.login, PASSWORD);
        const response = await agent.request('DELETE', `/api/v1/tokens/${a.tokens.viewer.id}`);
        expect(response.status).toBeGreaterThanOrEqual(403);
        expect(response.status).toBeLessThanOrEqual(404);
      }
      const stillWorks = await new HttpAgent(t.baseUrl, a.tokens.viewer.secret).request(
        'GET',
        '/api/v1/tenant',
      );
      expect([stillWorks.status, stillWorks.body.id]).toEqual([200, a.id]);
    });

    it("cannot read, change, publish or export another tenant's process", async () => {
      const process = await createProcessFixture(ctx(), a, { published: true });
      const base = `/api/v1/processes/${process.id}`;
      const calls: Call[] = [
        { method: 'GET', path: base },
        { method: 'PATCH', path: base, body: { archived: true } },
        { method: 'POST', path: `${base}/duplicate`, body: { name: { vi: 'Lấy trộm', en: '' } } },
        {
          method: 'PUT',
          path: `${base}/draft`,
          body: { revision: process.revision, definition: publishableDefinition() },
        },
        { method: 'POST', path: `${base}/versions`, body: { revision: process.revision, note: 'x' } },
        { method: 'GET', path: `${base}/versions` },
        { method: 'GET', path: `${base}/versions/1` },
        { method: 'POST', path: `${base}/versions/1/restore`, body: { revision: process.revision } },
        { method: 'GET', path: `${base}/diff?from=1&to=draft` },
        { method: 'GET', path: `${base}/export` },
      ];
      for (const agent of [new HttpAgent(t.baseUrl), new HttpAgent(t.baseUrl, b.tokens.owner.secret)]) {
        if (!agent.bearer) await agent.signIn(b.people.owner.login, PASSWORD);
        for (const call of calls) {
          const response = await refusedUnchanged(call, () =>
            agent.request(call.method, call.path, { body: call.body }),
          );
          expect([call.method, call.path, response.status, response.body.code]).toEqual([
            call.method,
            call.path,
            404,
            'NOT_FOUND',
          ]);
        }
        const list = await agent.request('GET', '/api/v1/processes');
        expect(list.body.items.map((p: { id: string }) => p.id)).not.toContain(process.id);
      }
      const ownerA = await personInA('owner');
      const after = await ownerA.request('GET', base);
      expect([after.body.archived, after.body.draft.revision, after.body.latestVersion.number]).toEqual([
        false,
        process.revision,
        1,
      ]);
    });

    it("cannot see another tenant's private catalog, and can only read a shared one", async () => {
      const hidden = await createCatalogFixture(ctx(), a);
      const shared = await createCatalogFixture(ctx(), a, true);
      const ownerB = new HttpAgent(t.baseUrl);
      await ownerB.signIn(b.people.owner.login, PASSWORD);
      const hiddenBase = `/api/v1/catalogs/${hidden.id}`;
      for (const call of [
        { method: 'GET', path: hiddenBase },
        { method: 'GET', path: `${hiddenBase}/items` },
        { method: 'GET', path: `${hiddenBase}/items/${hidden.itemId}` },
        { method: 'GET', path: `${hiddenBase}/items/${hidden.itemId}/history` },
        { method: 'PATCH', path: hiddenBase, body: { revision: hidden.revision, shared: true } },
        { method: 'POST', path: `${hiddenBase}/items`, body: { data: { code: 'X', name: 'Y' } } },
      ] as Call[]) {
        const response = await refusedUnchanged(call, () =>
          ownerB.request(call.method, call.path, { body: call.body }),
        );
        expect([call.method, call.path, response.status]).toEqual([call.method, call.path, 404]);
      }
      const list = await ownerB.request('GET', '/api/v1/catalogs');
      const ids = list.body.items.map((c: { id: string }) => c.id);
      expect(ids).toContain(shared.id);
      expect(ids).not.toContain(hidden.id);
      const sharedBase = `/api/v1/catalogs/${shared.id}`;
      expect((await ownerB.request('GET', `${sharedBase}/items?q=dong bai`)).body.total).toBe(1);
      const write = await ownerB.request('POST', `${sharedBase}/items`, {
        body: { data: { code: 'X', name: 'Y' } },
      });
      expect([write.status, write.body.code]).toEqual([403, 'FORBIDDEN']);
      const edit = await ownerB.request('PATCH', `${sharedBase}/items/${shared.itemId}`, {
        body: { revision: shared.itemRevision, archived: true },
      });
      expect(edit.status).toBe(403);
    });

    it("cannot read another tenant's files or products, nor use them in its own", async () => {
      const file = await fileOfA();
      const product = await productOfA();
      const process = await createProcessFixture(ctx(), a, { published: true });
      for (const agent of [new HttpAgent(t.baseUrl), new HttpAgent(t.baseUrl, b.tokens.owner.secret)]) {
        if (!agent.bearer) await agent.signIn(b.people.owner.login, PASSWORD);
        for (const call of [
          { method: 'GET', path: `/api/v1/files/${file.id}` },
          { method: 'GET', path: `/api/v1/files/${file.id}/large` },
          { method: 'GET', path: `/api/v1/files/${file.id}/info` },
          { method: 'GET', path: `/api/v1/products/${product.id}` },
          { method: 'PATCH', path: `/api/v1/products/${product.id}`, body: { revision: 1, archived: true } },
        ] as Call[]) {
          const response = await refusedUnchanged(call, () =>
            agent.request(call.method, call.path, { body: call.body }),
          );
          expect([call.method, call.path, response.status]).toEqual([call.method, call.path, 404]);
        }
        const list = await agent.request('GET', '/api/v1/products');
        expect(list.body.items.map((p: { id: string }) => p.id)).not.toContain(product.id);
        const withImage = await agent.request('POST', '/api/v1/products', {
          body: productBody({ imageIds: [file.id] }),
        });
        expect([withImage.status, withImage.body.code]).toEqual([422, 'FILE_NOT_USABLE']);
        const withProcess = await agent.request('POST', '/api/v1/products', {
          body: productBody({ processId: process.id }),
        });
        expect([withProcess.status, withProcess.body.code]).toEqual([404, 'NOT_FOUND']);
      }
      const ownerA = await personInA('owner');
      const after = await ownerA.request('GET', `/api/v1/products/${product.id}`);
      expect([after.body.archived, after.body.revision]).toEqual([false, 1]);
    });

    it("cannot import into or export another tenant's private catalog; a shared one exports but never imports", async () => {
      const hidden = await createCatalogFixture(ctx(), a);
      const shared = await createCatalogFixture(ctx(), a, true);
      const ownerB = new HttpAgent(t.baseUrl);
      await ownerB.signIn(b.people.owner.login, PASSWORD);
      const upload = (id: string) =>
        ownerB.request('POST', `/api/v1/catalogs/${id}/import?mode=valid-only`, {
          rawBody: plotsCsv,
          contentType: 'text/csv',
        });
      expect((await upload(hidden.id)).status).toBe(404);
      expect((await ownerB.request('GET', `/api/v1/catalogs/${hidden.id}/export`)).status).toBe(404);
      expect([(await upload(shared.id)).status, (await upload(shared.id)).body.code]).toEqual([
        403,
        'FORBIDDEN',
      ]);
      expect((await ownerB.request('GET', `/api/v1/catalogs/${shared.id}/export`)).status).toBe(200);
      const ownerA = await personInA('owner');
      for (const id of [hidden.id, shared.id]) {
        expect((await ownerA.request('GET', `/api/v1/catalogs/${id}/items`)).body.total).toBe(1);
      }
    });

    it('cannot switch into a tenant one does not belong to', async () => {
      const ownerB = new HttpAgent(t.baseUrl);
      await ownerB.signIn(b.people.owner.login, PASSWORD);
      const response = await ownerB.request('POST', '/api/v1/auth/switch-tenant', {
        body: { tenantId: a.id },
      });
      expect([response.status, response.body.code, response.body.path]).toEqual([
        403,
        'FORBIDDEN',
        '/tenantId',
      ]);
      const session = await ownerB.request('GET', '/api/v1/auth/session');
      expect(session.body.currentTenantId).toBe(b.id);
    });

    it("never sees another tenant's scans in statistics, export or settings", async () => {
      const ledger = createScanLedger(ctx());
      const at = new Date('2026-03-02T03:00:00Z');
      const scan = {
        tenantId: a.id,
        productId: farmOfA.productId,
        lotId: null,
        at,
        browser: 'zalo' as const,
      };
      for (let i = 0; i < 60; i += 1)
        ledger.count({
          ...scan,
          labelId: 'ISOLATEDSCAN2',
          networkHash: `n${i}`,
          language: 'vi',
          region: null,
        });
      await ledger.close();
      const period = 'from=2026-03-01&to=2026-03-31';
      for (const agent of [new HttpAgent(t.baseUrl), new HttpAgent(t.baseUrl, b.tokens.owner.secret)]) {
        if (!agent.bearer) await agent.signIn(b.people.owner.login, PASSWORD);
        const stats = await agent.request('GET', `/api/v1/scan-statistics?${period}`);
        expect([stats.status, stats.body.total, stats.body.suspicious, stats.body.byProduct]).toEqual([
          200,
          0,
          [],
          [],
        ]);
        const csv = await agent.request('GET', `/api/v1/scans.csv?${period}`);
        expect(csv.body).not.toContain('ISOLATEDSCAN2');
      }
      const ownerA = await personInA('owner');
      const own = await ownerA.request('GET', `/api/v1/scan-statistics?${period}`);
      expect(own.body.topLabels.map((label: { serial: string }) => label.serial)).toContain('ISOLATEDSCAN2');
    });

    it("sees only its own tenant's staff and details, by session and by token", async () => {
      const ownerB = new HttpAgent(t.baseUrl);
      await ownerB.signIn(b.people.owner.login, PASSWORD);
      for (const agent of [ownerB, new HttpAgent(t.baseUrl, b.tokens.viewer.secret)]) {
        const tenant = await agent.request('GET', '/api/v1/tenant');
        expect(tenant.body.id).toBe(b.id);
      }
      const staff = await ownerB.request('GET', '/api/v1/staff');
      const ids = staff.body.items.map((m: { userId: string }) => m.userId);
      expect(ids).toContain(b.people.clerk.id);
      expect(ids).not.toContain(a.people.clerk.id);
      const tokens = await ownerB.request('GET', '/api/v1/tokens');
      expect(tokens.body.items.map((x: { id: string }) => x.id)).not.toContain(a.tokens.owner.id);
    });
  });
});
