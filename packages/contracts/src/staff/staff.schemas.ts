import { type Static, Type } from '@sinclair/typebox';
import { Nullable, PhoneSchema, TenantRoleSchema, Timestamp, Uuid } from '../http/common.schemas';

export const StaffMember = Type.Object(
  {
    userId: Uuid,
    name: Type.String(),
    email: Nullable(Type.String()),
    phone: Nullable(Type.String()),
    role: TenantRoleSchema,
    joinedAt: Timestamp,
    passwordSet: Type.Boolean({ description: 'False until the person used their set-password code' }),
  },
  { additionalProperties: false },
);
export type StaffMember = Static<typeof StaffMember>;

export const StaffList = Type.Object({ items: Type.Array(StaffMember) }, { additionalProperties: false });
export type StaffList = Static<typeof StaffList>;

export const AddStaffBody = Type.Object(
  {
    name: Type.String({ minLength: 2, maxLength: 200, pattern: '\\S.*\\S' }),
    email: Type.Optional(Type.String({ format: 'email', maxLength: 254 })),
    phone: Type.Optional(PhoneSchema),
    role: TenantRoleSchema,
  },
  {
    additionalProperties: false,
    anyOf: [{ required: ['email'] }, { required: ['phone'] }],
    description: 'Give an email or a phone number (or both): it is the sign-in name',
  },
);
export type AddStaffBody = Static<typeof AddStaffBody>;

export const SetPasswordCode = Type.Object(
  {
    code: Type.String({ description: 'One-time code, shown once' }),
    url: Type.String({ description: 'Link that opens the set-password screen with the code' }),
    expiresAt: Timestamp,
  },
  { additionalProperties: false },
);
export type SetPasswordCode = Static<typeof SetPasswordCode>;

/** What the owner sees of an invitation: only what they typed, never anything of an existing account. */
export const StaffInvitation = Type.Object(
  {
    id: Uuid,
    name: Type.String({ description: 'The name the owner typed' }),
    email: Nullable(Type.String()),
    phone: Nullable(Type.String()),
    role: TenantRoleSchema,
    invitedBy: Type.String({ description: 'Name of the person who sent it' }),
    createdAt: Timestamp,
    expiresAt: Timestamp,
    status: Type.Union([Type.Literal('pending'), Type.Literal('expired'), Type.Literal('declined')]),
  },
  { additionalProperties: false },
);
export type StaffInvitation = Static<typeof StaffInvitation>;

export const StaffInvitationList = Type.Object(
  { items: Type.Array(StaffInvitation) },
  { additionalProperties: false },
);
export type StaffInvitationList = Static<typeof StaffInvitationList>;

export const AddStaffResult = Type.Object(
  { invitation: StaffInvitation, code: SetPasswordCode },
  {
    additionalProperties: false,
    description:
      'The same answer whether or not the login already has an account: a new person sets a password with the code; someone who has an account signs in and accepts',
  },
);
export type AddStaffResult = Static<typeof AddStaffResult>;

export const UpdateStaffBody = Type.Object({ role: TenantRoleSchema }, { additionalProperties: false });
export type UpdateStaffBody = Static<typeof UpdateStaffBody>;

/** An invitation as the invited person sees it. */
export const MyInvitation = Type.Object(
  {
    id: Uuid,
    tenantId: Uuid,
    tenantName: Type.String(),
    role: TenantRoleSchema,
    invitedBy: Type.String({ description: 'Name of the person who sent it' }),
    createdAt: Timestamp,
    expiresAt: Timestamp,
  },
  { additionalProperties: false },
);
export type MyInvitation = Static<typeof MyInvitation>;

/** The tenant a person joined by accepting; they switch to it like to any of their tenants. */
export const JoinedTenant = Type.Object(
  { tenantId: Uuid, tenantName: Type.String(), role: TenantRoleSchema },
  { additionalProperties: false },
);
export type JoinedTenant = Static<typeof JoinedTenant>;

export const MyInvitationList = Type.Object(
  { items: Type.Array(MyInvitation) },
  { additionalProperties: false },
);
export type MyInvitationList = Static<typeof MyInvitationList>;
