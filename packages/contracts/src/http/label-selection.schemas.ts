import { maxLabelBatchQuantity } from '@nguon/domain';
import { type Static, Type } from '@sinclair/typebox';
import { Uuid } from './common.schemas';

// Shared by the labels feature (activations, voids) and the lots feature (a packing record binds labels).

/** The most serials one list may name: a day's scanning at one packing table. */
export const maxLabelSerialList = 10_000;

/** A serial as printed, scanned or typed: spaces and hyphens are ignored, letters in either case. */
const SerialInput = Type.String({
  minLength: 1,
  maxLength: 40,
  description: 'A label serial (13 symbols); spaces, hyphens and letter case are ignored',
});
const Seq = Type.Integer({ minimum: 1, maximum: maxLabelBatchQuantity });

/** Labels by print sequence: a roll from its first to its last label, in one batch. */
export const LabelSeqRange = Type.Object(
  { batchId: Uuid, firstSeq: Seq, lastSeq: Seq },
  { additionalProperties: false, title: 'LabelSeqRange' },
);
/** Labels by the serials of the first and last label of a roll (same batch, first not after last). */
export const LabelSerialRange = Type.Object(
  { firstSerial: SerialInput, lastSerial: SerialInput },
  { additionalProperties: false, title: 'LabelSerialRange' },
);
/** Labels one by one, as scanned or typed; a serial named twice counts once. */
export const LabelSerialList = Type.Object(
  { serials: Type.Array(SerialInput, { minItems: 1, maxItems: maxLabelSerialList }) },
  { additionalProperties: false, title: 'LabelSerialList' },
);
export const LabelSelection = Type.Union([LabelSeqRange, LabelSerialRange, LabelSerialList], {
  description: 'A range in one batch (by print sequence or by serials), or a list of serials',
});
export type LabelSelection = Static<typeof LabelSelection>;

/** Labels a packing record bound: print numbers firstSeq..lastSeq of one batch, in the order the hash covers. */
export const LabelRunView = Type.Object(
  { batchId: Uuid, firstSeq: Seq, lastSeq: Seq },
  { additionalProperties: false },
);

/** A bound run as the clerk reads it: the batch's number and the serials printed on its first and last label. */
export const BoundLabelRunView = Type.Object(
  {
    batchId: Uuid,
    batchNumber: Type.Integer({ minimum: 1, description: 'Per tenant: "Đợt tem #12"' }),
    firstSeq: Seq,
    lastSeq: Seq,
    firstSerial: Type.String({ description: "The serial printed on the run's first label" }),
    lastSerial: Type.String({ description: "The serial printed on the run's last label" }),
    urlPrefix: Type.Optional(
      Type.String({ description: "The batch's URL prefix: a label's printed URL is it plus the serial" }),
    ),
  },
  { additionalProperties: false, title: 'BoundLabelRunView' },
);
export type BoundLabelRunView = Static<typeof BoundLabelRunView>;
