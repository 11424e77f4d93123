import type { ErrorEntry } from '../errors/shared.errors';

/** Codes only tenants endpoints answer with. */
export const tenantErrors = {
  GLN_CHECK_DIGIT: {
    status: 400,
    vi: 'Mã GLN {value} sai số kiểm tra: chữ số cuối phải là {expected}.',
    en: 'GLN {value} has a wrong check digit: the last digit should be {expected}.',
  },
  TENANT_OPENING_TOO_MANY: {
    status: 429,
    vi: 'Bạn đã tạo quá nhiều doanh nghiệp hoặc hợp tác xã trong một giờ; hãy thử lại sau {retryAfter} giây.',
    en: 'You have opened too many enterprises or co-ops within an hour; try again in {retryAfter} seconds.',
  },
} as const satisfies Record<string, ErrorEntry>;

export type TenantErrorCode = keyof typeof tenantErrors;
