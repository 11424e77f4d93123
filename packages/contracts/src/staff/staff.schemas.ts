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

export const AddStaffResult = Type.Object(
  { member: StaffMember, setPassword: Nullable(SetPasswordCode) },
  { additionalProperties: false, description: 'setPassword is null when an existing user was added' },
);
export type AddStaffResult = Static<typeof AddStaffResult>;

export const UpdateStaffBody = Type.Object({ role: TenantRoleSchema }, { additionalProperties: false });
export type UpdateStaffBody = Static<typeof UpdateStaffBody>;
