import { type Static, Type } from '@sinclair/typebox';
import {
  AddressSchema,
  EmailSchema,
  NewPasswordSchema,
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
import { signUpModes } from './signup.constants';

export const SignUpSettings = Type.Object(
  { mode: Type.Union(signUpModes.map((mode) => Type.Literal(mode))) },
  { additionalProperties: false, description: 'closed: the sign-in page shows no sign-up link' },
);
export type SignUpSettings = Static<typeof SignUpSettings>;

const SignUpPerson = Type.Object(
  {
    name: Type.String({ minLength: 2, maxLength: 200, pattern: '\\S.*\\S' }),
    email: Type.Optional(EmailSchema),
    phone: Type.Optional(PhoneSchema),
    password: NewPasswordSchema,
  },
  {
    additionalProperties: false,
    anyOf: [{ required: ['email'] }, { required: ['phone'] }],
    description: 'The email or the phone number (or both) becomes the sign-in name',
  },
);

const SignUpTenant = Type.Object(
  {
    name: TenantNameSchema,
    kind: TenantKindSchema,
    province: ProvinceCodeSchema,
    address: AddressSchema,
    taxCode: Type.Optional(TaxCodeSchema),
  },
  { additionalProperties: false },
);

export const SignUpBody = Type.Object(
  { person: SignUpPerson, tenant: SignUpTenant },
  { additionalProperties: false },
);
export type SignUpBody = Static<typeof SignUpBody>;

export const SignUpResult = Type.Object(
  {
    userId: Uuid,
    tenantId: Uuid,
    status: TenantStatusSchema,
  },
  {
    additionalProperties: false,
    description: 'The session cookie is set; pending: the tenant waits for approval',
  },
);
export type SignUpResult = Static<typeof SignUpResult>;

export const PendingTenant = Type.Object(
  {
    id: Uuid,
    name: Type.String(),
    kind: SignUpTenant.properties.kind,
    province: ProvinceCodeSchema,
    address: Type.String(),
    taxCode: Nullable(Type.String()),
    ownerName: Nullable(Type.String()),
    ownerEmail: Nullable(Type.String()),
    ownerPhone: Nullable(Type.String()),
    createdAt: Timestamp,
  },
  { additionalProperties: false },
);
export type PendingTenant = Static<typeof PendingTenant>;

export const PendingTenantList = Type.Object(
  { items: Type.Array(PendingTenant) },
  { additionalProperties: false },
);
export type PendingTenantList = Static<typeof PendingTenantList>;

export const TenantDecision = Type.Object(
  { id: Uuid, status: TenantStatusSchema },
  { additionalProperties: false },
);
export type TenantDecision = Static<typeof TenantDecision>;
