import { type Static, Type } from '@sinclair/typebox';
import {
  AddressSchema,
  EmailSchema,
  Nullable,
  PhoneSchema,
  ProvinceCodeSchema,
  TaxCodeSchema,
  TenantKindSchema,
  TenantNameSchema,
  TenantStatusSchema,
  Timestamp,
  Uuid,
} from '../http/common.schemas';

export { TenantKindSchema };

const Gln = Type.String({ pattern: '^[0-9]{13}$', description: 'GS1 Global Location Number, 13 digits' });

const tenantFields = {
  name: TenantNameSchema,
  kind: TenantKindSchema,
  address: AddressSchema,
  province: ProvinceCodeSchema,
  taxCode: Nullable(TaxCodeSchema),
  gln: Nullable(Gln),
  phone: Nullable(PhoneSchema),
  email: Nullable(EmailSchema),
};

export const TenantView = Type.Object(
  {
    id: Uuid,
    ...tenantFields,
    logoUrl: Nullable(Type.String({ description: 'Public address of the logo, changing with each upload' })),
    status: Type.Union(TenantStatusSchema.anyOf, {
      description: 'pending: waits for a platform admin (SIGNUP=approval) and grants nothing yet',
    }),
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
