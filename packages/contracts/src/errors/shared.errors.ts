/** One code: its HTTP status and its message in Vietnamese and English; `{name}` is filled from params. */
export interface ErrorEntry {
  status: number;
  vi: string;
  en: string;
}

/** Codes any endpoint may answer with (the HTTP layer, sign-in, uploads), or several features share. */
export const sharedErrors = {
  // A background job of any feature (catalog imports, label batches).
  JOB_ALREADY_ENDED: {
    status: 409,
    vi: 'Công việc này đã kết thúc nên không thể hủy nữa.',
    en: 'This job has already ended, so it can no longer be cancelled.',
  },
  JOB_INTERRUPTED: {
    status: 500,
    vi: 'Công việc bị dừng do lỗi hệ thống; những gì đã lưu vẫn còn. Hãy thử lại, hoặc báo cho đơn vị vận hành nếu lỗi lặp lại.',
    en: 'The job stopped on a system fault; what was saved is kept. Try again, or tell the operator if it happens again.',
  },
  /** Sign-up and opening a tenant while the operator set SIGNUP=closed. */
  SIGN_UP_CLOSED: {
    status: 403,
    vi: 'Nền tảng này không nhận đăng ký mới; hãy liên hệ đơn vị vận hành.',
    en: 'This platform does not take new sign-ups; contact its operator.',
  },
  VALIDATION_FAILED: {
    status: 400,
    vi: 'Dữ liệu không hợp lệ tại {path}: {detail}',
    en: 'Invalid value at {path}: {detail}',
  },
  BAD_REQUEST: {
    status: 400,
    vi: 'Yêu cầu không đọc được (địa chỉ, mã hoá hoặc độ dài nội dung sai).',
    en: 'The request cannot be read (bad address, encoding or body length).',
  },
  MALFORMED_JSON: {
    status: 400,
    vi: 'Nội dung gửi lên không phải JSON hợp lệ.',
    en: 'The request body is not valid JSON.',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    vi: 'Kiểu nội dung {contentType} không được hỗ trợ; hãy gửi application/json.',
    en: 'Content type {contentType} is not supported; send application/json.',
  },
  PAYLOAD_TOO_LARGE: {
    status: 413,
    vi: 'Nội dung gửi lên quá lớn (tối đa {limit}).',
    en: 'The request body is too large (at most {limit}).',
  },
  // files and tenant logos both decode images
  FILE_UNREADABLE: {
    status: 422,
    vi: 'Không đọc được ảnh trong tệp (tệp hỏng, bị cắt hoặc quá nhiều điểm ảnh); hãy chụp hoặc lưu lại rồi tải lên.',
    en: 'The image in the file cannot be read (damaged, cut short or too many pixels); take or save it again and upload it.',
  },
  UPLOADS_BUSY: {
    status: 503,
    vi: 'Máy chủ đang nhận nhiều tệp cùng lúc; hãy gửi lại sau {retryAfter} giây.',
    en: 'The server is receiving many files at once; send yours again in {retryAfter} seconds.',
  },
  UNSUPPORTED_FILE_TYPE: {
    status: 415,
    vi: 'Tệp không đúng loại: chỉ nhận {accepted}.',
    en: 'Wrong kind of file: only {accepted} is accepted.',
  },
  UNAUTHENTICATED: {
    status: 401,
    vi: 'Bạn cần đăng nhập.',
    en: 'You need to sign in.',
  },
  SESSION_EXPIRED: {
    status: 401,
    vi: 'Phiên đăng nhập đã hết hạn; hãy đăng nhập lại.',
    en: 'Your session has expired; please sign in again.',
  },
  TOKEN_INVALID: {
    status: 401,
    vi: 'Mã truy cập API không hợp lệ, đã hết hạn hoặc đã bị thu hồi.',
    en: 'The API token is invalid, expired or revoked.',
  },
  CSRF_FAILED: {
    status: 403,
    vi: 'Thiếu hoặc sai mã chống giả mạo yêu cầu (CSRF); hãy tải lại trang.',
    en: 'Missing or wrong anti-forgery (CSRF) token; reload the page.',
  },
  ORIGIN_MISMATCH: {
    status: 403,
    vi: 'Kiểm tra nguồn gốc (tiêu đề Origin) không đạt: yêu cầu ghi được gửi từ {origin}, nhưng chỉ {expected} (hoặc chính địa chỉ nhận yêu cầu) mới được ghi vào đây. Hãy gửi từ trang đó, hoặc từ máy chủ không kèm tiêu đề Origin.',
    en: 'Origin check failed: this write was sent from {origin}, but only {expected} (or the address the request itself was sent to) may write here. Send it from that page, or from a server without an Origin header.',
  },
  FORBIDDEN: {
    status: 403,
    vi: 'Bạn không có quyền thực hiện thao tác này.',
    en: 'You are not allowed to do this.',
  },
  NO_TENANT_SELECTED: {
    status: 403,
    vi: 'Hãy chọn một doanh nghiệp hoặc hợp tác xã để làm việc.',
    en: 'Choose an enterprise or co-operative to work in.',
  },
  NOT_FOUND: {
    status: 404,
    vi: 'Không tìm thấy {resource}.',
    en: '{resource} not found.',
  },
  ROUTE_NOT_FOUND: {
    status: 404,
    vi: 'Không có địa chỉ API {method} {path}.',
    en: 'There is no API route {method} {path}.',
  },
  FORM_INVALID: {
    status: 422,
    vi: 'Biểu mẫu không hợp lệ: {detail}',
    en: 'The form is invalid: {detail}',
  },
  EDIT_CONFLICT: {
    status: 409,
    vi: 'Người khác vừa sửa {resource} này; hãy tải lại để xem bản mới rồi sửa tiếp. Thay đổi của bạn chưa được lưu.',
    en: 'Someone else just changed this ({resource}); reload to see the new version, then edit again. Your change was not saved.',
  },
  UNKNOWN_UNIT: {
    status: 400,
    vi: 'Đơn vị {unit} không có trong danh sách đơn vị đo (ví dụ: kg, g, l, ml).',
    en: 'Unit {unit} is not a known unit of measure (e.g. kg, g, l, ml).',
  },
  IDEMPOTENCY_KEY_INVALID: {
    status: 400,
    vi: 'Idempotency-Key phải dài 1–200 ký tự ASCII in được.',
    en: 'Idempotency-Key must be 1–200 printable ASCII characters.',
  },
  IDEMPOTENCY_KEY_REUSED: {
    status: 409,
    vi: 'Idempotency-Key này đã được dùng cho một yêu cầu khác; mỗi lần gửi mới cần một khoá mới.',
    en: 'This Idempotency-Key was already used for a different request; each new submission needs a new key.',
  },
  SERVICE_UNAVAILABLE: {
    status: 503,
    vi: 'Hệ thống tạm thời không phục vụ được; hãy thử lại sau ít phút.',
    en: 'The service is temporarily unavailable; try again in a few minutes.',
  },
  /** Sign-in, sign-up and every password change share one bounded queue of password hashing per process. */
  PASSWORD_CHECKS_BUSY: {
    status: 503,
    vi: 'Máy chủ đang bận kiểm tra mật khẩu; hãy thử lại sau {retryAfter} giây.',
    en: 'The server is busy checking passwords; try again in {retryAfter} seconds.',
  },
  INTERNAL: {
    status: 500,
    vi: 'Đã có lỗi hệ thống (mã yêu cầu {requestId}); chúng tôi đã ghi nhận.',
    en: 'Something went wrong on our side (request {requestId}); it has been logged.',
  },
} as const satisfies Record<string, ErrorEntry>;

export type SharedErrorCode = keyof typeof sharedErrors;
