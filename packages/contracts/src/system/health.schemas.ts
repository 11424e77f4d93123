import { type Static, Type } from '@sinclair/typebox';

export const HealthView = Type.Object(
  {
    status: Type.Literal('ok'),
    db: Type.Union([Type.Literal('pglite'), Type.Literal('postgres')]),
    queue: Type.Union([Type.Literal('inline'), Type.Literal('bullmq')]),
  },
  { additionalProperties: false },
);
export type HealthView = Static<typeof HealthView>;
