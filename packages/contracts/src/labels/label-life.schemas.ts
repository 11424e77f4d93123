import { labelStates, labelVoidReasons, maxLabelBatchQuantity } from '@nguon/domain';
import { type Static, Type } from '@sinclair/typebox';
import { LocalizedName, Nullable, Timestamp, Uuid } from '../http/common.schemas';
import { LabelSelection, LabelSerialRange } from '../http/label-selection.schemas';

const Seq = Type.Integer({ minimum: 1, maximum: maxLabelBatchQuantity });
const SerialInput = LabelSerialRange.properties.firstSerial;

const Note = Type.String({ maxLength: 500 });

export const LabelActivationBody = Type.Object(
  { lotId: Uuid, labels: LabelSelection, note: Type.Optional(Note) },
  { additionalProperties: false },
);
export type LabelActivationBody = Static<typeof LabelActivationBody>;

export const LabelVoidReasonSchema = Type.Union(labelVoidReasons.map((reason) => Type.Literal(reason)));

export const LabelVoidBody = Type.Object(
  { labels: LabelSelection, reason: LabelVoidReasonSchema, note: Type.Optional(Note) },
  { additionalProperties: false },
);
export type LabelVoidBody = Static<typeof LabelVoidBody>;

const PersonRef = Type.Object({ id: Uuid, name: Type.String() }, { additionalProperties: false });
const LotRef = Type.Object({ id: Uuid, code: Type.String() }, { additionalProperties: false });
const BatchRef = Type.Object(
  { id: Uuid, number: Type.Integer({ minimum: 1 }) },
  { additionalProperties: false },
);
/** Why labels were voided; 'batch_cancelled' is the system's, when an owner cancels a batch. */
const SystemVoidReason = Type.Union(
  [...labelVoidReasons, 'batch_cancelled' as const].map((reason) => Type.Literal(reason)),
);

/** One change of a contiguous run of labels: who, when, to which lot or why. */
export const LabelEventView = Type.Object(
  {
    id: Uuid,
    kind: Type.Union([Type.Literal('activated'), Type.Literal('voided')]),
    batch: BatchRef,
    firstSeq: Seq,
    lastSeq: Seq,
    count: Type.Integer({ minimum: 1 }),
    lot: Nullable(LotRef),
    /** The stage record that bound the labels, when a packing record did. */
    recordId: Nullable(Uuid),
    reason: Nullable(SystemVoidReason),
    note: Type.String(),
    actor: Nullable(PersonRef),
    at: Timestamp,
  },
  { additionalProperties: false },
);
export type LabelEventView = Static<typeof LabelEventView>;

/** What an activation or a void changed: every label of the selection, one event per contiguous run. */
export const LabelChangeResult = Type.Object(
  { count: Type.Integer({ minimum: 1 }), events: Type.Array(LabelEventView) },
  { additionalProperties: false },
);
export type LabelChangeResult = Static<typeof LabelChangeResult>;

export const LabelSerialParams = Type.Object({ serial: SerialInput }, { additionalProperties: false });
export type LabelSerialParams = Static<typeof LabelSerialParams>;

export const LabelHistoryEntry = Type.Object(
  {
    kind: Type.Union([Type.Literal('generated'), Type.Literal('activated'), Type.Literal('voided')]),
    at: Timestamp,
    actor: Nullable(PersonRef),
    lot: Type.Optional(Nullable(LotRef)),
    recordId: Type.Optional(Nullable(Uuid)),
    reason: Type.Optional(Nullable(SystemVoidReason)),
    note: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);
export type LabelHistoryEntry = Static<typeof LabelHistoryEntry>;

/** One label as its tenant sees it: state, where it was printed, what it is bound to, and its story. */
export const LabelView = Type.Object(
  {
    serial: Type.String({ pattern: '^[2-9A-HJ-NP-Z]{13}$' }),
    /** The serial grouped 4-4-5 for people to read and type. */
    code: Type.String(),
    url: Type.String(),
    state: Type.Union(labelStates.map((state) => Type.Literal(state))),
    batch: BatchRef,
    seq: Seq,
    product: Nullable(Type.Object({ id: Uuid, name: LocalizedName }, { additionalProperties: false })),
    lot: Nullable(LotRef),
    history: Type.Array(LabelHistoryEntry),
  },
  { additionalProperties: false },
);
export type LabelView = Static<typeof LabelView>;
