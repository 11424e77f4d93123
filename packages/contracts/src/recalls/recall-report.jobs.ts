import { type Static, Type } from '@sinclair/typebox';
import { Uuid } from '../http/common.schemas';

/** Payload of the job recalls.report: the report request to build. */
export const RecallReportPayload = Type.Object(
  { reportId: Uuid, tenantId: Uuid },
  { additionalProperties: false, description: 'Payload of the job recalls.report' },
);
export type RecallReportPayload = Static<typeof RecallReportPayload>;
