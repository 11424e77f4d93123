import { tenantKinds, tenantStatuses } from '@nguon/domain';
import { type Static, Type } from '@sinclair/typebox';
import { Nullable, ProvinceCodeSchema, Timestamp, Uuid } from '../http/common.schemas';

export const TenantKindSchema = Type.Union(tenantKinds.map((kind) => Type.Literal(kind)));
const Gln = Type.String({ pattern: '^[0-9]{13}$', description: 'GS1 Global Location Number, 13 digits' });
const TaxCode = Type.String({ pattern: '^[0-9]{10}(-[0-9]{3})?$', description: 'Vietnamese tax code (MST)' });
const Phone = Type.String({ pattern: '^\\+?[0-9 .-]{8,20}$' });

const tenantFields = {
  name: Type.String({ minLength: 2, maxLength: 200, pattern: '\\S.*\\S' }),
  kind: TenantKindSchema,
  address: Type.String({ minLength: 3, maxLength: 500, pattern: '\\S' }),
  province: ProvinceCodeSchema,
  taxCode: Nullable(TaxCode),
  gln: Nullable(Gln),
  phone: Nullable(Phone),
  email: Nullable(Type.String({ format: 'email', maxLength: 254 })),
};

export const TenantView = Type.Object(
  {
    id: Uuid,
    ...tenantFields,
    logoUrl: Nullable(Type.String({ description: 'Public address of the logo, changing with each upload' })),
    status: Type.Union(
      tenantStatuses.map((status) => Type.Literal(status)),
      { description: 'pending: waits for a platform admin (SIGNUP=approval) and grants nothing yet' },
    ),
    createdAt: Timestamp,
  },
  { additionalProperties: false },
);
export type TenantView = Static<typeof TenantView>;

export const CreateTenantBody = Type.Object(
  {
    name: tenantFields.name,
    kind: tenantFields.kind,
    address: tenantFields.address,
    province: tenantFields.province,
    taxCode: Type.Optional(tenantFields.taxCode),
    gln: Type.Optional(tenantFields.gln),
    phone: Type.Optional(tenantFields.phone),
    email: Type.Optional(tenantFields.email),
  },
  { additionalProperties: false },
);
export type CreateTenantBody = Static<typeof CreateTenantBody>;

export const UpdateTenantBody = Type.Partial(Type.Object(tenantFields), {
  additionalProperties: false,
  minProperties: 1,
});
export type UpdateTenantBody = Static<typeof UpdateTenantBody>;
