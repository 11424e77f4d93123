import { type Static, Type } from '@sinclair/typebox';

/** The hourly purge of expired sessions needs nothing: the clock comes from the job's context. */
export const PurgeExpiredSessionsPayload = Type.Object(
  {},
  { additionalProperties: false, description: 'Payload of the job maintenance.purge-expired-sessions' },
);
export type PurgeExpiredSessionsPayload = Static<typeof PurgeExpiredSessionsPayload>;
