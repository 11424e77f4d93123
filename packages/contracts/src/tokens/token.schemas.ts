import { type Static, Type } from '@sinclair/typebox';
import { Nullable, TenantRoleSchema, Timestamp, Uuid } from '../http/common.schemas';

export const ApiTokenView = Type.Object(
  {
    id: Uuid,
    name: Type.String(),
    role: TenantRoleSchema,
    prefix: Type.String({ description: 'First characters of the secret, to recognise it' }),
    createdAt: Timestamp,
    createdBy: Uuid,
    lastUsedAt: Nullable(Timestamp),
    expiresAt: Nullable(Timestamp),
    revokedAt: Nullable(Timestamp),
  },
  { additionalProperties: false },
);
export type ApiTokenView = Static<typeof ApiTokenView>;

export const ApiTokenList = Type.Object({ items: Type.Array(ApiTokenView) }, { additionalProperties: false });
export type ApiTokenList = Static<typeof ApiTokenList>;

export const CreateApiTokenBody = Type.Object(
  {
    name: Type.String({ minLength: 2, maxLength: 100 }),
    role: TenantRoleSchema,
    expiresInDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 730 })),
  },
  { additionalProperties: false },
);
export type CreateApiTokenBody = Static<typeof CreateApiTokenBody>;

export const CreatedApiToken = Type.Object(
  { token: ApiTokenView, secret: Type.String({ description: 'Shown once; send as Authorization: Bearer' }) },
  { additionalProperties: false },
);
export type CreatedApiToken = Static<typeof CreatedApiToken>;
