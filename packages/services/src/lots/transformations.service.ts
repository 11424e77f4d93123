import type { CreateTransformationBody, TransformationView } from '@nguon/contracts';
import { resourceNames } from '@nguon/contracts';
import { type Db, findLots, insertLot, insertTransformation, type LotRow, lockLots } from '@nguon/db';
import {
  genesisHash,
  isProcessComplete,
  movedQuantities,
  type ProcessStage,
  type RecordTransformation,
  type TransformationPlan,
} from '@nguon/domain';
import { convertQuantity } from '@nguon/forms';
import { type Principal, requireTenantAction, type TenantActor } from '../auth/principal';
import type { ServiceContext } from '../context/service-context';
import { AppError } from '../errors/app-error';
import { announcePublicChanges } from '../public-changes/announce-changes';
import { traceTags } from '../public-changes/public-changes.port';
import { withUnitOfWork } from '../unit-of-work';
import { lotCodeTakenError, newLotCode } from './lot-codes';
import { isLotTransformable, type LoadedProgress, loadProgress } from './lot-progress';
import { toLotSummary, toStageRef } from './lot-views';
import { assertKnownUnit } from './lots.service';
import { joinRecallsOfInputs } from './recall-joins';
import { appendRecords, newRecordDraft, type RecordDraft } from './record-chain';
import { assertValidRecordData, eventTimeOf, publishRecordPhotos } from './record-data';
import { stagesClosedByFollowing } from './stage-job-rules';
import { assertInputsReady, type InputLot, quantityPlan, requireOutputProduct } from './transformation-rules';
import { type PinnedVersion, pinnedVersion, requireStage } from './version-definitions';

interface Made {
  id: string;
  /** The catalog items the transformation's data names: every lot's part names them. */
  catalogItemIds: string[];
  stage: ProcessStage;
  version: PinnedVersion;
  plan: TransformationPlan;
  eventTime: Date;
  now: Date;
  /** Ids for the output lots and the records, from the context. */
  newId: () => string;
}

async function lockInputs(db: Db, tenantId: string, body: CreateTransformationBody): Promise<InputLot[]> {
  const locked = new Map(
    (await lockLots(db, tenantId, [...new Set(body.inputs.map((input) => input.lotId))])).map((lot) => [
      lot.id,
      lot,
    ]),
  );
  const inputs: InputLot[] = [];
  for (const [i, input] of body.inputs.entries()) {
    const lot = locked.get(input.lotId);
    if (!lot) throw new AppError('NOT_FOUND', { resource: resourceNames.lot }, `/inputs/${i}/lotId`);
    inputs.push({ lot, version: await pinnedVersion(db, tenantId, lot.process_version_id) });
  }
  return inputs;
}

/** Creates the output lots, pinned to the transformation's version and born past its stage. */
async function createOutputs(
  db: Db,
  actor: TenantActor,
  body: CreateTransformationBody,
  inputs: InputLot[],
  made: Made,
) {
  const first = inputs[0]!.lot;
  const outputs: LotRow[] = [];
  for (const [i, output] of body.outputs.entries()) {
    const path = `/outputs/${i}`;
    const product = await requireOutputProduct(
      db,
      actor.tenantId,
      output.productId ?? first.product_id,
      first.process_id,
      `${path}/productId`,
    );
    const code = await newLotCode(db, product, output.code, made.now, `${path}/code`);
    const lot: LotRow = {
      id: made.newId(),
      tenant_id: actor.tenantId,
      product_id: product.id,
      process_id: first.process_id,
      process_version_id: made.version.id,
      code,
      quantity: output.quantity,
      remaining: output.quantity,
      unit: output.unit,
      status: 'in_progress',
      made_at_stage_id: made.stage.id,
      note: '',
      recorded_quantity: null,
      recorded_at: null,
      recorded_stage_id: null,
      recorded_by_record: null,
      record_count: 0,
      head_hash: genesisHash,
      created_at: made.now,
      created_by: actor.userId,
    };
    const { record_count: _count, head_hash: _head, ...row } = lot;
    await insertLot(db, row).catch((error: unknown) => {
      throw lotCodeTakenError(error, code, `${path}/code`);
    });
    outputs.push(lot);
  }
  return outputs;
}

function draftFor(
  body: CreateTransformationBody,
  actor: TenantActor,
  made: Made,
  part: RecordTransformation,
): RecordDraft {
  return newRecordDraft({
    id: made.newId(),
    stage: made.stage,
    versionId: made.version.id,
    by: actor.userId,
    now: made.now,
    data: body.data,
    eventTime: made.eventTime,
    location: body.location ?? null,
    transformation: part,
  });
}

/** Close records of the stages with jobs an input lot leaves by this transformation (closeWhenFollowed). */
function closesOn(
  actor: TenantActor,
  made: Made,
  input: InputLot,
  progress: LoadedProgress | undefined,
  recordId: string,
): RecordDraft[] {
  const stage = input.version.definition.stages.find((candidate) => candidate.id === made.stage.id);
  if (!stage || !progress) return [];
  return stagesClosedByFollowing(input.version, stage, progress).map((closing) =>
    newRecordDraft({
      id: made.newId(),
      stage: closing,
      versionId: input.version.id,
      by: actor.userId,
      now: made.now,
      data: {},
      eventTime: made.eventTime,
      location: null,
      closedBy: { kind: 'following', recordId },
    }),
  );
}

/** Appends each lot's part to its chain: what an input gave (and has left), what an output got. */
async function recordParts(
  db: Db,
  actor: TenantActor,
  body: CreateTransformationBody,
  made: Made,
  inputs: InputLot[],
  outputs: LotRow[],
  progress: ReadonlyMap<string, LoadedProgress>,
) {
  for (const [i, input] of inputs.entries()) {
    const { lot } = input;
    const taken = made.plan.taken[i] ?? 0;
    const left = lot.remaining - taken;
    // what float noise leaves of a lot taken whole is nothing
    const remaining = left <= lot.remaining * 1e-9 ? 0 : left;
    const part = { id: made.id, role: 'input' as const, quantity: taken, unit: lot.unit };
    // what the form names (an additive batch, a machine) went into the outputs, not into what was taken from
    // an input: a recall of that item must not reach the input's other outputs
    const draft = draftFor(body, actor, made, part);
    await appendRecords(
      db,
      lot,
      [...closesOn(actor, made, input, progress.get(lot.id), draft.id), draft],
      { remaining, status: remaining === 0 && lot.status === 'in_progress' ? 'completed' : lot.status },
      [],
    );
  }
  // a transformation at the last stage makes lots with nothing left to do
  const born = { recorded: new Map<string, number>(), madeAtStageId: made.stage.id, open: true };
  const status = isProcessComplete(made.version.definition, born) ? 'completed' : 'in_progress';
  for (const lot of outputs) {
    const part = { id: made.id, role: 'output' as const, quantity: lot.quantity, unit: lot.unit };
    const after = { remaining: lot.remaining, status };
    await appendRecords(db, lot, [draftFor(body, actor, made, part)], after, made.catalogItemIds);
  }
}

async function transformationView(
  db: Db,
  tenantId: string,
  made: Made,
  inputs: InputLot[],
  outputs: LotRow[],
): Promise<TransformationView> {
  const lots = new Map(
    (await findLots(db, tenantId, [...inputs.map((i) => i.lot.id), ...outputs.map((o) => o.id)])).map((l) => [
      l.id,
      l,
    ]),
  );
  const link = (lotId: string, quantity: number) => {
    const lot = lots.get(lotId);
    if (!lot) throw new Error(`lot ${lotId} vanished inside its own transaction`);
    return { lot: toLotSummary(lot), transformationId: made.id, quantity, unit: lot.unit };
  };
  return {
    id: made.id,
    stage: toStageRef(made.stage),
    eventTime: made.eventTime.toISOString(),
    yieldPercent: made.plan.yieldPercent,
    yieldFlag: made.plan.yieldFlag,
    inputs: inputs.map(({ lot }, i) => link(lot.id, made.plan.taken[i] ?? 0)),
    outputs: outputs.map((lot) => link(lot.id, lot.quantity)),
  };
}

/** The transformation row, each lot's part and the genealogy links from every input to every output. */
async function storeTransformation(
  db: Db,
  actor: TenantActor,
  made: Made,
  inputs: InputLot[],
  outputs: LotRow[],
) {
  const taken = inputs.map(({ lot }, i) => ({ lotId: lot.id, taken: made.plan.taken[i] ?? 0 }));
  const given = outputs.map((lot) => ({ lotId: lot.id, quantity: lot.quantity, unit: lot.unit }));
  const part = (lotId: string, role: 'input' | 'output', quantity: number) => ({
    transformation_id: made.id,
    lot_id: lotId,
    tenant_id: actor.tenantId,
    role,
    quantity,
  });
  await insertTransformation(
    db,
    {
      id: made.id,
      tenant_id: actor.tenantId,
      process_version_id: made.version.id,
      stage_id: made.stage.id,
      stage_key: made.stage.key,
      event_time: made.eventTime,
      yield_percent: made.plan.yieldPercent,
      yield_flag: made.plan.yieldFlag,
      recorded_by: actor.userId,
      recorded_at: made.now,
    },
    [
      ...inputs.map(({ lot }, i) => part(lot.id, 'input', made.plan.taken[i] ?? 0)),
      ...outputs.map((lot) => part(lot.id, 'output', lot.quantity)),
    ],
    movedQuantities(taken, given, convertQuantity),
  );
}

function assertKnownUnits(body: CreateTransformationBody): void {
  for (const [i, input] of body.inputs.entries()) assertKnownUnit(input.unit, `/inputs/${i}/unit`);
  for (const [i, output] of body.outputs.entries()) assertKnownUnit(output.unit, `/outputs/${i}/unit`);
}

/**
 * Lots in, lots out at a transformation stage: takes quantities from input lots (never more than they have
 * left), makes output lots, links every input to every output, and appends a record to each lot's chain.
 */
export async function createTransformation(
  ctx: ServiceContext,
  principal: Principal,
  body: CreateTransformationBody,
): Promise<TransformationView> {
  const actor = requireTenantAction(principal, 'lots.record');
  const now = ctx.now();
  const eventTime = eventTimeOf(body.eventTime, now);
  assertKnownUnits(body);
  return withUnitOfWork(ctx, async (unit) => {
    const trx = unit.db;
    const inputs = await lockInputs(trx, actor.tenantId, body);
    const lots = inputs.map((input) => input.lot);
    const progress = await loadProgress(trx, actor.tenantId, lots, isLotTransformable);
    assertInputsReady(body, inputs, progress);
    // the outputs follow the newest version any input was pinned to
    const version = inputs.reduce((a, b) => (b.version.number > a.version.number ? b : a)).version;
    const stage = requireStage(version, body.stageId, '/stageId');
    const plan = quantityPlan(body, inputs, stage);
    const catalogItemIds = await assertValidRecordData(trx, actor.tenantId, version.id, stage, body.data);
    await publishRecordPhotos(trx, actor.tenantId, version.id, stage, body.data);
    const made: Made = {
      id: ctx.newId(),
      catalogItemIds,
      stage,
      version,
      plan,
      eventTime,
      now,
      newId: ctx.newId,
    };
    const outputs = await createOutputs(trx, actor, body, inputs, made);
    await storeTransformation(trx, actor, made, inputs, outputs);
    await recordParts(trx, actor, body, made, inputs, outputs, progress);
    await joinRecallsOfInputs(trx, {
      tenantId: actor.tenantId,
      inputs: lots,
      outputs,
      at: now,
      newId: ctx.newId,
    });
    // every lot it touches has a new record; the outputs are new lot codes (and may be recalled already)
    const touched = [...lots, ...outputs].map((lot) => traceTags.lot(lot.id));
    announcePublicChanges(unit, [...touched, traceTags.unknown]);
    return transformationView(trx, actor.tenantId, made, inputs, outputs);
  });
}
