import { type Static, Type } from '@sinclair/typebox';
import { LocalizedName, Nullable, Timestamp, Uuid } from './common.schemas';
import { lotStatuses } from './lot-status.constants';

// Shared by the lots feature (lists, details) and recalls (the lots a recall covers).

export const LotStatus = Type.Union(lotStatuses.map((s) => Type.Literal(s)));
export type LotStatus = Static<typeof LotStatus>;

export const LotSummary = Type.Object(
  {
    id: Uuid,
    code: Type.String(),
    productId: Uuid,
    productName: LocalizedName,
    processId: Uuid,
    processVersion: Type.Integer({ minimum: 1 }),
    /** As declared when the lot was created. */
    quantity: Type.Number(),
    /** What is left for transformations, in `unit`: the recorded quantity (else the declared one) minus what left. */
    remaining: Type.Number(),
    unit: Type.String(),
    recordedQuantity: Nullable(
      Type.Number({ description: 'What the stage that sets the lot quantity recorded, in `unit`' }),
    ),
    /** When that stage's work was done (the record's event time). */
    recordedAt: Nullable(Timestamp),
    recordedStageId: Nullable(Type.String({ description: 'The stage whose record set it' })),
    recordedRecordId: Nullable(Uuid),
    status: LotStatus,
    /** The transformation stage that made this lot, when one did. */
    madeAtStageId: Nullable(Type.String()),
    note: Type.String(),
    createdAt: Timestamp,
  },
  { additionalProperties: false },
);
export type LotSummary = Static<typeof LotSummary>;
