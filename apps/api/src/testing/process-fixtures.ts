import type { ProcessDefinition, ProcessStage, StageJob } from '@nguon/domain';
import { compileFormModel, newFormField } from '@nguon/forms';
import {
  createProcess,
  type Principal,
  publishProcess,
  type ServiceContext,
  saveProcessDraft,
} from '@nguon/services';
import type { TenantFixture } from './fixtures';

/** A stage of the given kind whose form has one required short text field. */
export function sampleStage(id: string, key: string, overrides: Partial<ProcessStage> = {}): ProcessStage {
  const field = { ...newFormField('text', 'note', { vi: 'Ghi chú', en: 'Note' }), required: true };
  return {
    id,
    key,
    name: { vi: `Công đoạn ${key}`, en: `Stage ${key}` },
    kind: 'stage',
    start: false,
    repeatable: false,
    businessStep: null,
    yieldRange: null,
    position: { x: 0, y: 0 },
    form: compileFormModel({ fields: [field], rules: [] }),
    ...overrides,
  };
}

/** A job whose form has an optional number field `days` and an optional text `note`; optional, once-only. */
export function sampleJob(id: string, key: string, overrides: Partial<StageJob> = {}): StageJob {
  const days = newFormField('number', 'days', {
    vi: 'Thời gian cách ly (ngày)',
    en: 'Pre-harvest interval (days)',
  });
  const note = newFormField('text', 'note', { vi: 'Ghi chú', en: 'Note' });
  return {
    id,
    key,
    name: { vi: `Việc ${key}`, en: `Job ${key}` },
    businessStep: null,
    repeatable: false,
    required: false,
    minCount: null,
    form: compileFormModel({ fields: [days, note], rules: [] }),
    ...overrides,
  };
}

/** Planting → harvest: a process that may be published. */
export function publishableDefinition(): ProcessDefinition {
  return {
    schemaVersion: 1,
    stages: [sampleStage('s1', 'planting', { start: true }), sampleStage('s2', 'harvest')],
    edges: [{ id: 'e1', source: 's1', target: 's2' }],
  };
}

const ownerOf = (tenant: TenantFixture): Principal => ({
  kind: 'token',
  tokenId: tenant.tokens.owner.id,
  tenantId: tenant.id,
  role: 'owner',
  createdBy: tenant.people.owner.id,
});

/** A process of the tenant with a publishable draft, optionally published once. */
export async function createProcessFixture(
  ctx: ServiceContext,
  tenant: TenantFixture,
  options: { published?: boolean } = {},
): Promise<{ id: string; revision: number }> {
  const owner = ownerOf(tenant);
  const created = await createProcess(ctx, owner, {
    name: { vi: 'Lúa ST25', en: 'ST25 rice' },
    productType: 'rice',
  });
  const draft = await saveProcessDraft(ctx, owner, created.id, {
    revision: created.draftRevision,
    definition: publishableDefinition(),
  });
  if (options.published)
    await publishProcess(ctx, owner, created.id, { revision: draft.revision, note: 'v1' });
  return { id: created.id, revision: draft.revision };
}
