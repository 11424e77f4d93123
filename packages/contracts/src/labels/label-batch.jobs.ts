import { type Static, Type } from '@sinclair/typebox';
import { Uuid } from '../http/common.schemas';

/** Plans a batch: one chunk job per 10,000 seqs not yet stored. `attempt` tells retries' plan jobs apart. */
export const PlanLabelBatchPayload = Type.Object(
  { batchId: Uuid, attempt: Type.Integer({ minimum: 0 }) },
  { additionalProperties: false, description: 'Payload of the job labels.plan-batch' },
);
export type PlanLabelBatchPayload = Static<typeof PlanLabelBatchPayload>;

/** Generates and stores seqs firstSeq..lastSeq of a batch, all or nothing. */
export const GenerateLabelChunkPayload = Type.Object(
  {
    batchId: Uuid,
    firstSeq: Type.Integer({ minimum: 1 }),
    lastSeq: Type.Integer({ minimum: 1 }),
  },
  { additionalProperties: false, description: 'Payload of the job labels.generate-chunk' },
);
export type GenerateLabelChunkPayload = Static<typeof GenerateLabelChunkPayload>;

/** Renders the printable PDF of a completed batch into the file store. */
export const RenderLabelPdfPayload = Type.Object(
  { batchId: Uuid },
  { additionalProperties: false, description: 'Payload of the job labels.render-pdf' },
);
export type RenderLabelPdfPayload = Static<typeof RenderLabelPdfPayload>;
