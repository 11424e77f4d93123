import type { ErrorEntry } from '../errors/shared.errors';

/** Codes only tenants endpoints answer with. */
export const tenantErrors = {
  GLN_CHECK_DIGIT: {
    status: 400,
    vi: 'Mã GLN {value} sai số kiểm tra: chữ số cuối phải là {expected}.',
    en: 'GLN {value} has a wrong check digit: the last digit should be {expected}.',
  },
} as const satisfies Record<string, ErrorEntry>;

export type TenantErrorCode = keyof typeof tenantErrors;
