import type { ErrorEntry } from '../errors/shared.errors';

/** Codes only sign-up and tenant approval answer with. */
export const signUpErrors = {
  SIGN_UP_LOGIN_TAKEN: {
    status: 409,
    vi: 'Email hoặc số điện thoại này đã dùng cho một tài khoản; hãy đăng nhập, hoặc dùng email hay số khác.',
    en: 'This email or phone number is already used by an account; sign in, or use another one.',
  },
  SIGN_UP_TOO_MANY: {
    status: 429,
    vi: 'Quá nhiều lượt đăng ký từ mạng này; hãy thử lại sau {retryAfter} giây.',
    en: 'Too many sign-ups from this network; try again in {retryAfter} seconds.',
  },
  TENANT_NOT_PENDING: {
    status: 409,
    vi: 'Đơn vị này không còn chờ duyệt.',
    en: 'This account is no longer waiting for approval.',
  },
} as const satisfies Record<string, ErrorEntry>;

export type SignUpErrorCode = keyof typeof signUpErrors;
