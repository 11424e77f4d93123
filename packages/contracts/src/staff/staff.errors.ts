import type { ErrorEntry } from '../errors/shared.errors';

/** Codes only staff endpoints answer with. */
export const staffErrors = {
  LOGIN_TAKEN: {
    status: 409,
    vi: 'Email hoặc số điện thoại {login} đã được dùng cho một tài khoản khác.',
    en: 'The email or phone {login} is already used by another account.',
  },
  ALREADY_MEMBER: {
    status: 409,
    vi: 'Người này đã là thành viên của đơn vị.',
    en: 'This person is already a member of the account.',
  },
  LAST_OWNER: {
    status: 409,
    vi: 'Đơn vị phải luôn có ít nhất một chủ tài khoản.',
    en: 'The account must always keep at least one owner.',
  },
  CANNOT_CHANGE_SELF: {
    status: 409,
    vi: 'Bạn không thể tự đổi vai trò hoặc tự xoá mình khỏi đơn vị.',
    en: 'You cannot change your own role or remove yourself from the account.',
  },
  INVITATION_PENDING: {
    status: 409,
    vi: 'Đã có lời mời đang chờ gửi tới email hoặc số điện thoại này; hãy tạo mã mới cho lời mời đó hoặc thu hồi nó.',
    en: 'An invitation to this email or phone is already waiting; make a new code for it or withdraw it.',
  },
  INVITATION_CLOSED: {
    status: 409,
    vi: 'Lời mời này không còn hiệu lực: đã hết hạn, đã bị thu hồi hoặc đã được trả lời.',
    en: 'This invitation is no longer open: it expired, was withdrawn or was already answered.',
  },
} as const satisfies Record<string, ErrorEntry>;

export type StaffErrorCode = keyof typeof staffErrors;
