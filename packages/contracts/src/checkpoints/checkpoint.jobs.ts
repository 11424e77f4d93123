import { type Static, Type } from '@sinclair/typebox';

/** The hourly checkpoint needs nothing: it anchors every lot's head as it is when it runs. */
export const MakeCheckpointPayload = Type.Object(
  {},
  { additionalProperties: false, description: 'Payload of the job checkpoints.make' },
);
export type MakeCheckpointPayload = Static<typeof MakeCheckpointPayload>;
