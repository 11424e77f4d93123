import type { LabelHistoryEntry, LabelView } from '@nguon/contracts';
import { findLabelDetail, type LabelDetailRow, type LabelEventDetail, listLabelEvents } from '@nguon/db';
import { formatLabelCode, labelStates, labelSystemVoidReasons, labelUrl, oneOf } from '@nguon/domain';
import { type Principal, requireTenantAction } from '../auth/principal';
import type { ServiceContext } from '../context/service-context';
import { AppError } from '../errors/app-error';
import { parseSerials } from '../label-binding/label-selection';

const person = (id: string | null, name: string | null) => (id && name !== null ? { id, name } : null);

function generatedEntry(row: LabelDetailRow): LabelHistoryEntry {
  const at = row.batch_finished_at ?? row.batch_created_at;
  return {
    kind: 'generated',
    at: at.toISOString(),
    actor: person(row.batch_created_by, row.batch_created_by_name),
  };
}

function eventEntry(event: LabelEventDetail): LabelHistoryEntry {
  return {
    kind: event.kind === 'activated' ? 'activated' : 'voided',
    at: event.at.toISOString(),
    actor: person(event.actor_id, event.actor_name),
    lot: event.lot_id && event.lot_code !== null ? { id: event.lot_id, code: event.lot_code } : null,
    recordId: event.record_id,
    reason: event.reason === null ? null : oneOf(labelSystemVoidReasons, event.reason, 'void reason'),
    note: event.note,
  };
}

/**
 * One label of the tenant with its story: printed with its batch, then each event whose run covers it, in time
 * order. A mistyped serial is told apart (422); an unknown one and another tenant's are the same 404.
 */
export async function getLabel(ctx: ServiceContext, principal: Principal, input: string): Promise<LabelView> {
  const actor = requireTenantAction(principal, 'labels.read');
  const [serial] = parseSerials([{ input, path: '/params/serial' }]);
  if (serial === undefined) throw new Error('one serial parses to one serial');
  const row = await findLabelDetail(ctx.db, actor.tenantId, serial);
  if (!row)
    throw new AppError('LABEL_NOT_FOUND', { serial: formatLabelCode(serial), more: 0 }, '/params/serial');
  const events = await listLabelEvents(ctx.db, row.batch_id, row.seq);
  return {
    serial: row.serial,
    code: formatLabelCode(row.serial),
    url: labelUrl(row.url_prefix, row.serial),
    state: oneOf(labelStates, row.state, 'label state'),
    batch: { id: row.batch_id, number: row.batch_number },
    seq: row.seq,
    product:
      row.product_id === null
        ? null
        : { id: row.product_id, name: { vi: row.product_name_vi ?? '', en: row.product_name_en ?? '' } },
    lot: row.lot_id && row.lot_code !== null ? { id: row.lot_id, code: row.lot_code } : null,
    history: [generatedEntry(row), ...events.map(eventEntry)],
  };
}
