import { type Static, Type } from '@sinclair/typebox';
import { LocalizedName, Nullable, Timestamp, Uuid } from '../http/common.schemas';
import { InspectedTenantRef } from '../http/inspection.schemas';
import { TenantJobView } from '../http/job-view.schemas';
import { BoundLabelRunView } from '../http/label-selection.schemas';
import { LotSummary } from '../http/lot-summary.schemas';

export const recallSeverities = ['high', 'medium', 'low'] as const;
export type RecallSeverity = (typeof recallSeverities)[number];
/** draft: previewed, not public; published: every affected label warns; closed: outcome recorded (labels still warn);
 * cancelled: a draft dropped (kept, never deleted); drill: a mock recall, never public, ends when its report is made. */
export const recallStatuses = ['draft', 'published', 'closed', 'cancelled'] as const;
export type RecallStatus = (typeof recallStatuses)[number];

const Severity = Type.Union(recallSeverities.map((s) => Type.Literal(s)));
const Status = Type.Union(recallStatuses.map((s) => Type.Literal(s)));
const Text = (max: number) => Type.String({ minLength: 1, maxLength: max, pattern: '\\S' });
const Quantity = Type.Number({ minimum: 0, maximum: 1e12 });

/** Where a recall starts: chosen lots, or every lot whose records name a catalog item (fertiliser batch F, plot P). */
export const RecallSource = Type.Union([
  Type.Object(
    {
      kind: Type.Literal('lots'),
      lotIds: Type.Array(Uuid, { minItems: 1, maxItems: 500, uniqueItems: true }),
    },
    { additionalProperties: false },
  ),
  Type.Object(
    { kind: Type.Literal('catalogItem'), catalogId: Uuid, itemId: Uuid },
    { additionalProperties: false },
  ),
]);
export type RecallSource = Static<typeof RecallSource>;

/** What consumers read on every affected label's page, in both languages. */
export const RecallNotice = Type.Object(
  {
    reason: Type.Object({ vi: Text(1000), en: Text(1000) }, { additionalProperties: false }),
    instructions: Type.Object({ vi: Text(2000), en: Text(2000) }, { additionalProperties: false }),
    /** Who to call or write to: a phone number, an address, an e-mail. */
    contact: Text(300),
  },
  { additionalProperties: false },
);
export type RecallNotice = Static<typeof RecallNotice>;

export const CreateRecallBody = Type.Object(
  {
    source: RecallSource,
    notice: RecallNotice,
    severity: Severity,
    /** A mock recall: the same flow, timed, never published. */
    drill: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type CreateRecallBody = Static<typeof CreateRecallBody>;

/** A draft's notice and severity may change until it is published. */
export const UpdateRecallBody = Type.Object(
  { notice: RecallNotice, severity: Severity },
  { additionalProperties: false },
);
export type UpdateRecallBody = Static<typeof UpdateRecallBody>;

export const CloseRecallBody = Type.Object(
  {
    /** Per product, in the product's lots' unit. */
    outcomes: Type.Array(
      Type.Object(
        { productId: Uuid, recovered: Quantity, destroyed: Quantity, unit: Type.String({ maxLength: 20 }) },
        { additionalProperties: false },
      ),
      { maxItems: 500 },
    ),
    note: Type.String({ maxLength: 2000 }),
  },
  { additionalProperties: false },
);
export type CloseRecallBody = Static<typeof CloseRecallBody>;

/** One affected lot: a seed, or reached from one through transformations. */
export const RecallLotView = Type.Object(
  {
    lot: LotSummary,
    seed: Type.Boolean(),
    /** Steps from the nearest seed. */
    depth: Type.Integer({ minimum: 0 }),
    /** The affected lots it was made from (empty for a seed). */
    fromLotIds: Type.Array(Uuid),
    /** Made after the recall was published from a recalled lot, and so recalled too. */
    joinedLater: Type.Boolean(),
    labelCount: Type.Integer({ minimum: 0 }),
    labelRuns: Type.Array(BoundLabelRunView),
  },
  { additionalProperties: false },
);
export type RecallLotView = Static<typeof RecallLotView>;

/** A lot made in the same transformation as an affected lot but not from affected material: shown, not recalled. */
export const RecallExcludedLotView = Type.Object(
  { lot: LotSummary, siblingOfLotId: Uuid, transformationId: Uuid },
  { additionalProperties: false },
);

export const RecallProductTotal = Type.Object(
  {
    productId: Uuid,
    productName: LocalizedName,
    lotCount: Type.Integer({ minimum: 0 }),
    /** What is still in the affected lots, per unit: what a transformation took is counted in what it made. */
    quantities: Type.Array(
      Type.Object({ quantity: Type.Number(), unit: Type.String() }, { additionalProperties: false }),
    ),
    labelCount: Type.Integer({ minimum: 0 }),
  },
  { additionalProperties: false },
);

/** Everything a recall reaches: the forward closure of its seeds, the labels on it, totals per product. */
export const RecallScope = Type.Object(
  {
    lots: Type.Array(RecallLotView),
    excluded: Type.Array(RecallExcludedLotView),
    products: Type.Array(RecallProductTotal),
    labelCount: Type.Integer({ minimum: 0 }),
  },
  { additionalProperties: false },
);
export type RecallScope = Static<typeof RecallScope>;

export const recallEventKinds = [
  'created',
  'updated',
  'published',
  'lot_joined',
  'closed',
  'cancelled',
  'report_requested',
  'report_ready',
] as const;

export const RecallEventView = Type.Object(
  {
    at: Timestamp,
    kind: Type.Union(recallEventKinds.map((k) => Type.Literal(k))),
    /** Who did it; null for what the platform did itself (a lot joining later). */
    by: Nullable(Type.Object({ id: Uuid, name: Type.String() }, { additionalProperties: false })),
    /** The event's facts, worded in the caller's language (the lot that joined, the outcome). */
    summary: Type.String(),
  },
  { additionalProperties: false },
);

export const RecallReportView = Type.Object(
  {
    job: TenantJobView,
    /** Links to the files once the job is done. */
    csv: Nullable(Type.String()),
    pdf: Nullable(Type.String()),
  },
  { additionalProperties: false },
);

export const RecallSummary = Type.Object(
  {
    id: Uuid,
    /** Per tenant, in order of creation: "Triệu hồi #3". */
    number: Type.Integer({ minimum: 1 }),
    status: Status,
    drill: Type.Boolean(),
    severity: Severity,
    notice: RecallNotice,
    source: RecallSource,
    lotCount: Type.Integer({ minimum: 0 }),
    labelCount: Type.Integer({ minimum: 0 }),
    createdAt: Timestamp,
    publishedAt: Nullable(Timestamp),
    closedAt: Nullable(Timestamp),
    /** A drill: seconds from its creation to its report being ready; null until then. */
    drillSeconds: Nullable(Type.Number({ minimum: 0 })),
  },
  { additionalProperties: false },
);
export type RecallSummary = Static<typeof RecallSummary>;

export const RecallDetail = Type.Object(
  {
    recall: RecallSummary,
    /** Computed afresh for a draft (the preview); as published, plus lots that joined later, after publishing. */
    scope: RecallScope,
    outcome: Nullable(CloseRecallBody),
    events: Type.Array(RecallEventView),
    report: Nullable(RecallReportView),
  },
  { additionalProperties: false },
);
export type RecallDetail = Static<typeof RecallDetail>;

export const RecallListQuery = Type.Object(
  {
    status: Type.Optional(Status),
    drill: Type.Optional(Type.Union([Type.Literal('true'), Type.Literal('false')])),
  },
  { additionalProperties: false },
);
export type RecallListQuery = Static<typeof RecallListQuery>;

export const RecallList = Type.Object(
  {
    /** Newest first; at most 200. */
    items: Type.Array(RecallSummary),
    /** Recall readiness: the last finished drill's time from start to report, null when none was run. */
    readiness: Nullable(
      Type.Object(
        { recallId: Uuid, seconds: Type.Number({ minimum: 0 }), at: Timestamp },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type RecallList = Static<typeof RecallList>;

/** A published or closed recall as an inspector sees it, with the tenant it belongs to. */
export const InspectedRecall = Type.Object(
  { tenant: InspectedTenantRef, recall: RecallSummary },
  { additionalProperties: false },
);
export const InspectedRecallList = Type.Object(
  { items: Type.Array(InspectedRecall) },
  { additionalProperties: false },
);
export type InspectedRecallList = Static<typeof InspectedRecallList>;
export const InspectedRecallDetail = Type.Object(
  { tenant: InspectedTenantRef, detail: RecallDetail },
  { additionalProperties: false },
);
export type InspectedRecallDetail = Static<typeof InspectedRecallDetail>;
