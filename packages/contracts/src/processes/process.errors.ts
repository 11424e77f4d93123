import type { ErrorEntry } from '../errors/shared.errors';

/** Codes only processes endpoints answer with. */
export const processErrors = {
  PROCESS_DRAFT_CONFLICT: {
    status: 409,
    vi: '{name} đã sửa bản nháp lúc {at} (phiên bản nháp {revision}); hãy tải lại để xem thay đổi của họ rồi sửa tiếp. Thay đổi của bạn chưa được lưu.',
    en: '{name} changed the draft at {at} (draft revision {revision}); reload to see their changes, then edit again. Your change was not saved.',
  },
  PROCESS_HAS_PROBLEMS: {
    status: 422,
    vi: 'Chưa thể phát hành: quy trình còn {count} vấn đề cần sửa (xem danh sách).',
    en: 'Cannot publish yet: the process has {count} problems to fix (see the list).',
  },
  PROCESS_UNCHANGED: {
    status: 409,
    vi: 'Bản nháp giống hệt phiên bản {version}; không có gì mới để phát hành.',
    en: 'The draft is the same as version {version}; there is nothing new to publish.',
  },
  PROCESS_ARCHIVED: {
    status: 409,
    vi: 'Quy trình đã lưu trữ; hãy khôi phục nó trước khi sửa hoặc phát hành.',
    en: 'The process is archived; restore it before editing or publishing.',
  },
  PROCESS_FORM_INVALID: {
    status: 422,
    vi: 'Biểu mẫu của công đoạn {stage} không hợp lệ: {detail}',
    en: 'The form of stage {stage} is invalid: {detail}',
  },
  FORM_VALIDATOR_TOO_LARGE: {
    status: 413,
    vi: 'Bộ kiểm tra của biểu mẫu này quá lớn ({size}, tối đa {limit}); hãy chia biểu mẫu thành các công đoạn nhỏ hơn.',
    en: "This form's validator is too large ({size}, at most {limit}); split the form into smaller stages.",
  },
  FORM_VALIDATORS_TOO_MANY: {
    status: 429,
    vi: 'Tài khoản đã tạo quá nhiều bộ kiểm tra biểu mẫu mới trong một ngày; hãy thử lại sau {retryAfter} giây.',
    en: 'The account has made too many new form validators within a day; try again in {retryAfter} seconds.',
  },
} as const satisfies Record<string, ErrorEntry>;

export type ProcessErrorCode = keyof typeof processErrors;
