import {
  CloseRecallBody,
  type RecallDetailSource,
  RecallNotice,
  RecallSource,
  type RecallStatus,
  type RecallSummary,
  recallEventKinds,
  recallSeverities,
  recallStatuses,
  type SourceMessageKey,
  type WordSource,
} from '@nguon/contracts';
import type { RecallEventRow, RecallRow } from '@nguon/db';
import { oneOf } from '@nguon/domain';
import { createAjv } from '@nguon/forms';

const ajv = createAjv();
const validNotice = ajv.compile<RecallNotice>(RecallNotice);
const validSource = ajv.compile<RecallSource>(RecallSource);
const validOutcome = ajv.compile<CloseRecallBody>(CloseRecallBody);

/** A jsonb column read back, checked against its contract: a bad one is a bug, never shown. */
function parsed<T>(value: unknown, check: (value: unknown) => value is T, what: string): T {
  if (!check(value)) throw new Error(`stored ${what} does not match its contract`);
  return value;
}

export const statusOf = (row: RecallRow): RecallStatus => oneOf(recallStatuses, row.status, 'recall status');

/** The state named in a refusal: "already published". */
export const statusWords = (row: RecallRow): WordSource => ({
  kind: 'message',
  key: `recalls.status.${statusOf(row)}`,
});

export function toRecallSummary(row: RecallRow, counts: { lots: number; labels: number }): RecallSummary {
  return {
    id: row.id,
    number: row.number,
    status: statusOf(row),
    drill: row.drill,
    severity: oneOf(recallSeverities, row.severity, 'recall severity'),
    notice: parsed(row.notice, validNotice, 'recall notice'),
    source: parsed(row.source, validSource, 'recall source'),
    lotCount: counts.lots,
    labelCount: counts.labels,
    createdAt: row.created_at.toISOString(),
    publishedAt: row.published_at?.toISOString() ?? null,
    closedAt: row.closed_at?.toISOString() ?? null,
    drillSeconds: row.drill_seconds,
  };
}

export const outcomeOf = (row: RecallRow): CloseRecallBody | null =>
  row.outcome === null ? null : parsed(row.outcome, validOutcome, 'recall outcome');

const isFacts = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** One fact of an entry, as a message value: what the entry stored, or nothing. */
function factOf(facts: Record<string, unknown>, name: string): string | number {
  const value = facts[name];
  return typeof value === 'number' || typeof value === 'string' ? value : '';
}

const summaryKeys: Record<(typeof recallEventKinds)[number], SourceMessageKey> = {
  created: 'recalls.event.created',
  updated: 'recalls.event.updated',
  published: 'recalls.event.published',
  lot_joined: 'recalls.event.lotJoined',
  closed: 'recalls.event.closed',
  cancelled: 'recalls.event.cancelled',
  report_requested: 'recalls.event.reportRequested',
  report_ready: 'recalls.event.reportReady',
};

/** An entry of the history, its summary worded at the edge from the facts it stored. */
export function toRecallEvent(row: RecallEventRow, drill: boolean): RecallDetailSource['events'][number] {
  const kind = oneOf(recallEventKinds, row.kind, 'recall event kind');
  const facts = isFacts(row.detail) ? row.detail : {};
  const values = Object.fromEntries(
    ['lots', 'labels', 'lot', 'from', 'item', 'recovered', 'destroyed', 'note'].map((name) => [
      name,
      factOf(facts, name),
    ]),
  );
  const key =
    kind === 'created' && drill
      ? 'recalls.event.createdDrill'
      : // a lot joined by a record naming the recalled item, not by being made from a recalled lot
        kind === 'lot_joined' && facts.item !== undefined
        ? 'recalls.event.lotJoinedItem'
        : summaryKeys[kind];
  return {
    at: row.at.toISOString(),
    kind,
    by: row.by_user && row.by_name !== null ? { id: row.by_user, name: row.by_name } : null,
    summary: { kind: 'message', key, values },
  };
}
