import { type LabelSelection, labelBatchStateNames, resourceNames } from '@nguon/contracts';
import { type Db, findTenantLabels, type LabelBatchRow, lockLabelBatches, type TenantLabel } from '@nguon/db';
import {
  formatLabelCode,
  type LabelRun,
  labelBatchStates,
  labelRunsOf,
  oneOf,
  parseLabelSerial,
} from '@nguon/domain';
import { AppError, type FieldError } from '../errors/app-error';

/** A selection made concrete: normalised runs, and their batches locked until the transaction ends. */
export interface ResolvedLabels {
  runs: LabelRun[];
  batches: ReadonlyMap<string, LabelBatchRow>;
}

/** What a person typed or scanned, shown back the way they can compare it with the label. */
const shown = (input: string) => input.trim().slice(0, 40);

/** A serial's normal form, or the reason it is none: a wrong check symbol is told apart from a malformed code. */
function serialFault(input: string, path: string): FieldError | string {
  const parsed = parseLabelSerial(input);
  if (parsed.ok) return parsed.serial;
  const code = parsed.fault === 'check' ? 'LABEL_SERIAL_CHECK_FAILED' : 'LABEL_SERIAL_MALFORMED';
  return { path, kind: 'code', code, params: { serial: shown(input) } };
}

/** The serials' normal forms; refuses the whole list, marking every bad one, when any is mistyped or malformed. */
export function parseSerials(inputs: readonly { input: string; path: string }[]): string[] {
  const serials: string[] = [];
  const faults: FieldError[] = [];
  for (const { input, path } of inputs) {
    const result = serialFault(input, path);
    if (typeof result === 'string') serials.push(result);
    else faults.push(result);
  }
  const first = faults[0];
  if (first?.kind === 'code') throw new AppError(first.code, first.params, first.path, faults.slice(0, 100));
  return serials;
}

/** The tenant's labels of these serials; an unknown serial and another tenant's get the same answer. */
async function findAll(
  db: Db,
  tenantId: string,
  serials: readonly string[],
  pathOf: (index: number) => string,
): Promise<Map<string, TenantLabel>> {
  const found = new Map(
    (await findTenantLabels(db, tenantId, serials)).map((label) => [label.serial, label]),
  );
  const missing = serials.flatMap((serial, index) => (found.has(serial) ? [] : [{ serial, index }]));
  const first = missing[0];
  if (first) {
    const params = { serial: formatLabelCode(first.serial), more: missing.length - 1 };
    const faults: FieldError[] = missing.slice(0, 100).map(({ serial, index }) => ({
      path: pathOf(index),
      kind: 'code',
      code: 'LABEL_NOT_FOUND',
      params: { serial: formatLabelCode(serial), more: 0 },
    }));
    throw new AppError('LABEL_NOT_FOUND', params, pathOf(first.index), faults);
  }
  return found;
}

function assertOrdered(firstSeq: number, lastSeq: number, path: string): void {
  if (firstSeq > lastSeq) throw new AppError('LABEL_RANGE_REVERSED', { firstSeq, lastSeq }, path);
}

/** Locks the batches; each must be the tenant's (checked before) and completed: only then are all its labels there. */
async function lockCompleted(db: Db, tenantId: string, ids: readonly string[], path: string) {
  const batches = await lockLabelBatches(db, tenantId, ids);
  const byId = new Map(batches.map((batch) => [batch.id, batch]));
  if (byId.size !== new Set(ids).size)
    throw new AppError('NOT_FOUND', { resource: resourceNames.labelBatch }, path);
  for (const batch of batches) {
    if (batch.state === 'completed') continue;
    const state = labelBatchStateNames[oneOf(labelBatchStates, batch.state, 'label batch state')];
    throw new AppError('LABEL_BATCH_IN_PROGRESS', { number: batch.number, state }, path);
  }
  return byId;
}

/**
 * Turns a selection (a print range of one batch, the serials of a roll's first and last label, or a list) into
 * normalised runs of the tenant's completed batches, locking those batches; `path` points at the selection.
 */
export async function resolveLabelSelection(
  db: Db,
  tenantId: string,
  selection: LabelSelection,
  path: string,
): Promise<ResolvedLabels> {
  if ('batchId' in selection) {
    const { batchId, firstSeq, lastSeq } = selection;
    assertOrdered(firstSeq, lastSeq, `${path}/lastSeq`);
    const batches = await lockCompleted(db, tenantId, [batchId], `${path}/batchId`);
    const batch = batches.get(batchId);
    if (batch && lastSeq > batch.quantity) {
      const params = { number: batch.number, quantity: batch.quantity, firstSeq, lastSeq };
      throw new AppError('LABEL_RANGE_OUTSIDE_BATCH', params, `${path}/lastSeq`);
    }
    return { runs: [{ batchId, firstSeq, lastSeq }], batches };
  }
  if ('firstSerial' in selection) return resolveSerialRange(db, tenantId, selection, path);
  const serials = parseSerials(
    selection.serials.map((input, i) => ({ input, path: `${path}/serials/${i}` })),
  );
  const unique = [...new Set(serials)];
  const labels = await findAll(
    db,
    tenantId,
    unique,
    (i) => `${path}/serials/${serials.indexOf(unique[i] ?? '')}`,
  );
  const batchIds = [...new Set([...labels.values()].map((label) => label.batch_id))].sort();
  const batches = await lockCompleted(db, tenantId, batchIds, `${path}/serials`);
  return {
    runs: labelRunsOf([...labels.values()].map((l) => ({ batchId: l.batch_id, seq: l.seq }))),
    batches,
  };
}

async function resolveSerialRange(
  db: Db,
  tenantId: string,
  selection: { firstSerial: string; lastSerial: string },
  path: string,
): Promise<ResolvedLabels> {
  const paths = [`${path}/firstSerial`, `${path}/lastSerial`];
  const [first, last] = parseSerials([
    { input: selection.firstSerial, path: paths[0] ?? path },
    { input: selection.lastSerial, path: paths[1] ?? path },
  ]);
  if (first === undefined || last === undefined) throw new Error('two serials parse to two serials');
  const found = await findAll(
    db,
    tenantId,
    first === last ? [first] : [first, last],
    (i) => paths[i] ?? path,
  );
  const [a, b] = [found.get(first), found.get(last)];
  if (!a || !b) throw new Error('found serials vanished');
  if (a.batch_id !== b.batch_id) {
    const batches = await lockLabelBatches(db, tenantId, [a.batch_id, b.batch_id]);
    const numberOf = (id: string) => batches.find((batch) => batch.id === id)?.number ?? 0;
    const params = { firstBatch: numberOf(a.batch_id), lastBatch: numberOf(b.batch_id) };
    throw new AppError('LABEL_RANGE_CROSSES_BATCHES', params, paths[1]);
  }
  assertOrdered(a.seq, b.seq, paths[1] ?? path);
  const batches = await lockCompleted(db, tenantId, [a.batch_id], paths[0] ?? path);
  return { runs: [{ batchId: a.batch_id, firstSeq: a.seq, lastSeq: b.seq }], batches };
}
