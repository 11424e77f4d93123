import { platformRoles } from '@nguon/domain';
import { type Static, Type } from '@sinclair/typebox';
import {
  NewPasswordSchema,
  Nullable,
  ProvinceCodeSchema,
  TenantRoleSchema,
  Timestamp,
  Uuid,
} from '../http/common.schemas';

export const PlatformRoleSchema = Type.Union(platformRoles.map((role) => Type.Literal(role)));

const Password = Type.String({ minLength: 1, maxLength: 200 });
const NewPassword = NewPasswordSchema;

export const SignInBody = Type.Object(
  {
    login: Type.String({ minLength: 3, maxLength: 254, description: 'Email or phone number' }),
    password: Password,
  },
  { additionalProperties: false },
);
export type SignInBody = Static<typeof SignInBody>;

export const UserView = Type.Object(
  {
    id: Uuid,
    name: Type.String(),
    email: Nullable(Type.String()),
    phone: Nullable(Type.String()),
  },
  { additionalProperties: false },
);
export type UserView = Static<typeof UserView>;

export const MembershipView = Type.Object(
  { tenantId: Uuid, tenantName: Type.String(), role: TenantRoleSchema },
  { additionalProperties: false },
);
export type MembershipView = Static<typeof MembershipView>;

export const SessionView = Type.Object(
  {
    user: UserView,
    memberships: Type.Array(MembershipView),
    platformRoles: Type.Array(PlatformRoleSchema),
    inspectorProvinces: Type.Array(ProvinceCodeSchema),
    currentTenantId: Nullable(Uuid),
    pendingTenants: Type.Array(
      Type.Object(
        {
          tenantId: Uuid,
          tenantName: Type.String(),
          status: Type.Union([Type.Literal('pending'), Type.Literal('refused')]),
        },
        { additionalProperties: false },
      ),
      { description: 'Tenants the person signed up that wait for approval or were refused' },
    ),
    csrfToken: Type.String({ description: 'Send back as the X-CSRF-Token header on writes' }),
    expiresAt: Timestamp,
  },
  { additionalProperties: false },
);
export type SessionView = Static<typeof SessionView>;

/** Asked before sign-in, so "nobody" is an answer (200), not an error (getSession's 401). */
export const SessionState = Type.Union([
  Type.Object({ signedIn: Type.Literal(false) }, { additionalProperties: false }),
  Type.Object({ signedIn: Type.Literal(true), session: SessionView }, { additionalProperties: false }),
]);
export type SessionState = Static<typeof SessionState>;

export const SwitchTenantBody = Type.Object({ tenantId: Uuid }, { additionalProperties: false });
export type SwitchTenantBody = Static<typeof SwitchTenantBody>;

export const ChangePasswordBody = Type.Object(
  { currentPassword: Password, newPassword: NewPassword },
  { additionalProperties: false },
);
export type ChangePasswordBody = Static<typeof ChangePasswordBody>;

export const SetPasswordBody = Type.Object(
  { code: Type.String({ minLength: 6, maxLength: 100 }), password: NewPassword },
  { additionalProperties: false },
);
export type SetPasswordBody = Static<typeof SetPasswordBody>;

export const PlatformRolesBody = Type.Object(
  {
    roles: Type.Array(PlatformRoleSchema, { uniqueItems: true }),
    inspectorProvinces: Type.Array(ProvinceCodeSchema, { uniqueItems: true }),
  },
  { additionalProperties: false },
);
export type PlatformRolesBody = Static<typeof PlatformRolesBody>;
