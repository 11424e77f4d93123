import type { CreateTenantBody, TenantView, UpdateTenantBody } from '@nguon/contracts/client';
import { checkGln, type ProvinceCode, provinces, type TenantKind, tenantKinds } from '@nguon/domain';
import type { Translate } from '../i18n/use-t';
import { type FieldErrors, requireText } from '../ui/use-form-state';

/** The tenant form as typed: every field a string, empty meaning "not given". */
export const emptyTenantValues = {
  name: '',
  kind: 'coop',
  address: '',
  province: '',
  taxCode: '',
  gln: '',
  phone: '',
  email: '',
};
export type TenantFormValues = typeof emptyTenantValues;

export function tenantValuesOf(tenant: TenantView): TenantFormValues {
  return {
    name: tenant.name,
    kind: tenant.kind,
    address: tenant.address,
    province: tenant.province,
    taxCode: tenant.taxCode ?? '',
    gln: tenant.gln ?? '',
    phone: tenant.phone ?? '',
    email: tenant.email ?? '',
  };
}

export function glnError(gln: string, t: Translate): string | undefined {
  if (gln.trim() === '') return undefined;
  const check = checkGln(gln.trim());
  if (check.ok) return undefined;
  return check.reason === 'format'
    ? t('tenant.glnFormat')
    : t('tenant.glnCheck', { expected: check.expected });
}

const parseKind = (value: string): TenantKind | undefined => tenantKinds.find((kind) => kind === value);
const parseProvince = (value: string): ProvinceCode | undefined =>
  provinces.find((province) => province.code === value)?.code;

/** The client-side check; the API checks everything again and its field errors land on the same inputs. */
export function validateTenantValues(values: TenantFormValues, t: Translate): FieldErrors {
  return {
    name: requireText(values.name, t, 2),
    kind: parseKind(values.kind) ? undefined : t('common.required'),
    address: requireText(values.address, t, 3),
    province: parseProvince(values.province) ? undefined : t('common.required'),
    gln: glnError(values.gln, t),
  };
}

const optional = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/** The full set of tenant fields, or null when kind or province does not parse (validation shows why). */
export function tenantFields(values: TenantFormValues): Required<UpdateTenantBody> | null {
  const kind = parseKind(values.kind);
  const province = parseProvince(values.province);
  if (!kind || !province) return null;
  return {
    name: values.name.trim(),
    kind,
    address: values.address.trim(),
    province,
    taxCode: optional(values.taxCode),
    gln: optional(values.gln),
    phone: optional(values.phone),
    email: optional(values.email),
  };
}

/** A create body leaves out the optional fields that are empty. */
export function createTenantBody(values: TenantFormValues): CreateTenantBody | null {
  const fields = tenantFields(values);
  if (!fields) return null;
  const { taxCode, gln, phone, email, ...required } = fields;
  return {
    ...required,
    ...(taxCode ? { taxCode } : {}),
    ...(gln ? { gln } : {}),
    ...(phone ? { phone } : {}),
    ...(email ? { email } : {}),
  };
}
