export { type Login, normalizeLogin, normalizePhone } from './access/login';
export {
  oneOf,
  type PlatformRole,
  platformRoles,
  type TenantAction,
  type TenantKind,
  type TenantRole,
  tenantActions,
  tenantKinds,
  tenantRoleAllows,
  tenantRoles,
} from './access/roles';
export { type ProvinceCode, provinceCodes, provinces } from './geo/provinces';
export { checkGln, checkGs1Key, type Gs1KeyCheck, gs1CheckDigit } from './gs1/check-digit';
