import type { ErrorEntry } from '../errors/shared.errors';

/** Codes only auth endpoints answer with. */
export const authErrors = {
  INVALID_CREDENTIALS: {
    status: 401,
    vi: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    en: 'Wrong sign-in name or password.',
  },
  TOO_MANY_ATTEMPTS: {
    status: 429,
    vi: 'Đăng nhập sai quá nhiều lần; hãy thử lại sau {retryAfter} giây.',
    en: 'Too many failed sign-ins; try again in {retryAfter} seconds.',
  },
  SET_PASSWORD_CODE_INVALID: {
    status: 400,
    vi: 'Mã đặt mật khẩu không đúng, đã dùng hoặc đã hết hạn; hãy xin chủ tài khoản mã mới.',
    en: 'The set-password code is wrong, used or expired; ask the account owner for a new one.',
  },
  INVITATION_NEEDS_SIGN_IN: {
    status: 409,
    vi: 'Email hoặc số điện thoại được mời đã có tài khoản: hãy đăng nhập bằng mật khẩu của tài khoản đó rồi chấp nhận lời mời.',
    en: 'The invited email or phone already has an account: sign in with its password, then accept the invitation.',
  },
  SET_PASSWORD_TOO_MANY: {
    status: 429,
    vi: 'Nhập mã đặt mật khẩu quá nhiều lần; hãy thử lại sau {retryAfter} giây.',
    en: 'Too many set-password attempts; try again in {retryAfter} seconds.',
  },
  WEAK_PASSWORD: {
    status: 400,
    vi: 'Mật khẩu phải có ít nhất {min} ký tự và không được quá dễ đoán.',
    en: 'The password must have at least {min} characters and not be easy to guess.',
  },
  WRONG_CURRENT_PASSWORD: {
    status: 400,
    vi: 'Mật khẩu hiện tại không đúng.',
    en: 'The current password is wrong.',
  },
} as const satisfies Record<string, ErrorEntry>;

export type AuthErrorCode = keyof typeof authErrors;
