/**
 * Every error code the API answers with, its HTTP status and its message in Vietnamese and English.
 * `{name}` placeholders are filled from the error's params. docs/errors.md is generated from this list.
 */
export const errorCatalogue = {
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
  SET_PASSWORD_CODE_INVALID: {
    status: 400,
    vi: 'Mã đặt mật khẩu không đúng, đã dùng hoặc đã hết hạn; hãy xin chủ tài khoản mã mới.',
    en: 'The set-password code is wrong, used or expired; ask the account owner for a new one.',
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
  GLN_CHECK_DIGIT: {
    status: 400,
    vi: 'Mã GLN {value} sai số kiểm tra: chữ số cuối phải là {expected}.',
    en: 'GLN {value} has a wrong check digit: the last digit should be {expected}.',
  },
  CANNOT_CHANGE_SELF: {
    status: 409,
    vi: 'Bạn không thể tự đổi vai trò hoặc tự xoá mình khỏi đơn vị.',
    en: 'You cannot change your own role or remove yourself from the account.',
  },
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
  CATALOG_ITEM_INVALID: {
    status: 422,
    vi: 'Mục danh mục chưa hợp lệ: {detail}',
    en: 'The catalog item is not valid: {detail}',
  },
  FILE_UNREADABLE: {
    status: 422,
    vi: 'Không đọc được ảnh trong tệp (tệp hỏng, bị cắt hoặc quá nhiều điểm ảnh); hãy chụp hoặc lưu lại rồi tải lên.',
    en: 'The image in the file cannot be read (damaged, cut short or too many pixels); take or save it again and upload it.',
  },
  FILE_NOT_USABLE: {
    status: 422,
    vi: 'Tệp tại {path} không dùng được ở đây: cần {expected} đã tải lên trong tài khoản này.',
    en: 'The file at {path} cannot be used here: it must be {expected} uploaded to this account.',
  },
  GTIN_FORMAT: {
    status: 400,
    vi: 'Mã GTIN {value} không hợp lệ: cần 8, 12, 13 hoặc 14 chữ số.',
    en: 'GTIN {value} is not valid: it needs 8, 12, 13 or 14 digits.',
  },
  GTIN_CHECK_DIGIT: {
    status: 400,
    vi: 'Mã GTIN {value} sai số kiểm tra: chữ số cuối phải là {expected}.',
    en: 'GTIN {value} has a wrong check digit: the last digit should be {expected}.',
  },
  GTIN_PREFIX_MISMATCH: {
    status: 400,
    vi: 'Mã GTIN {value} không bắt đầu bằng mã doanh nghiệp GS1 {prefix}.',
    en: 'GTIN {value} does not start with the GS1 company prefix {prefix}.',
  },
  GTIN_TAKEN: {
    status: 409,
    vi: 'Mã GTIN {value} đã được dùng cho một sản phẩm khác của đơn vị.',
    en: 'GTIN {value} is already used by another product of the account.',
  },
  SKU_TAKEN: {
    status: 409,
    vi: 'Mã SKU {value} đã được dùng cho một sản phẩm khác của đơn vị.',
    en: 'SKU {value} is already used by another product of the account.',
  },
  UNKNOWN_UNIT: {
    status: 400,
    vi: 'Đơn vị {unit} không có trong danh sách đơn vị đo (ví dụ: kg, g, l, ml).',
    en: 'Unit {unit} is not a known unit of measure (e.g. kg, g, l, ml).',
  },
  PROCESS_NOT_PUBLISHED: {
    status: 422,
    vi: 'Quy trình {name} chưa có phiên bản phát hành nào; hãy phát hành nó trước khi gắn với sản phẩm.',
    en: 'Process {name} has no published version yet; publish it before linking it to a product.',
  },
  CSV_ENCODING: {
    status: 400,
    vi: 'Tệp CSV không phải mã UTF-8 (ký tự sai ở dòng {line}); trong Excel hãy chọn Lưu thành "CSV UTF-8".',
    en: 'The CSV file is not UTF-8 (bad character on line {line}); in Excel choose Save as "CSV UTF-8".',
  },
  CSV_MALFORMED: {
    status: 400,
    vi: 'Tệp CSV không đọc được ở dòng {line}: {detail}',
    en: 'The CSV file cannot be read at line {line}: {detail}',
  },
  CSV_MISSING_COLUMN: {
    status: 400,
    vi: 'Tệp CSV thiếu cột bắt buộc "{column}".',
    en: 'The CSV file lacks the required column "{column}".',
  },
  CSV_UNKNOWN_COLUMN: {
    status: 400,
    vi: 'Cột "{column}" của tệp CSV không khớp trường nào của danh mục, hoặc trùng một cột khác.',
    en: 'Column "{column}" of the CSV file matches no field of the catalog, or repeats another column.',
  },
  CSV_ROWS_INVALID: {
    status: 422,
    vi: 'Không nhập gì: {count} dòng của tệp CSV có lỗi (xem danh sách). Hãy sửa tệp, hoặc chỉ nhập các dòng đúng.',
    en: 'Nothing was imported: {count} rows of the CSV file have errors (see the list). Fix the file, or import only the valid rows.',
  },
  LOT_CODE_PATTERN_INVALID: {
    status: 422,
    vi: 'Mẫu mã lô không dùng được: {detail}',
    en: 'The lot code pattern cannot be used: {detail}',
  },
  LOT_CODE_TAKEN: {
    status: 409,
    vi: 'Sản phẩm này đã có lô mã {code}; hãy chọn mã khác.',
    en: 'This product already has a lot coded {code}; choose another code.',
  },
  LOT_CODE_REQUIRED: {
    status: 422,
    vi: 'Sản phẩm {product} chưa có mẫu mã lô; hãy nhập mã lô.',
    en: 'Product {product} has no lot code pattern; type a lot code.',
  },
  PRODUCT_HAS_NO_PROCESS: {
    status: 422,
    vi: 'Sản phẩm {product} chưa gắn quy trình đã công bố; chủ tài khoản cần chọn quy trình cho sản phẩm.',
    en: 'Product {product} follows no published process; the account owner needs to choose one.',
  },
  LOT_CLOSED: {
    status: 409,
    vi: 'Lô {code} đã {status}; không ghi thêm được.',
    en: 'Lot {code} is {status}; nothing more can be recorded.',
  },
  STAGE_NOT_AVAILABLE: {
    status: 409,
    vi: 'Lô {code} chưa thể ghi công đoạn {stage}: {detail}',
    en: 'Stage {stage} cannot be recorded for lot {code}: {detail}',
  },
  NOT_A_PLAIN_STAGE: {
    status: 422,
    vi: 'Công đoạn {stage} là công đoạn chế biến (gộp/tách lô); hãy ghi nó ở màn hình chế biến.',
    en: 'Stage {stage} is a transformation (merge/split); record it on the transformation screen.',
  },
  NOT_A_TRANSFORMATION_STAGE: {
    status: 422,
    vi: 'Công đoạn {stage} không phải công đoạn chế biến (gộp/tách lô).',
    en: 'Stage {stage} is not a transformation (merge/split) stage.',
  },
  RECORD_INVALID: {
    status: 422,
    vi: 'Dữ liệu nhập chưa đúng: {detail}',
    en: 'The entry is not valid: {detail}',
  },
  EVENT_TIME_IN_FUTURE: {
    status: 422,
    vi: 'Thời điểm thực hiện không được ở tương lai (muộn nhất {latest}).',
    en: 'The time the work was done cannot be in the future (latest {latest}).',
  },
  RECORD_SUPERSEDED: {
    status: 409,
    vi: 'Bản ghi này đã được sửa bằng một bản ghi khác; hãy sửa bản mới nhất.',
    en: 'This record has already been corrected by another; correct the newest one.',
  },
  RECORD_NOT_CORRECTABLE: {
    status: 422,
    vi: 'Không sửa được bản ghi chế biến; số lượng đã chuyển giữa các lô.',
    en: 'A transformation record cannot be corrected; its quantities have moved between lots.',
  },
  TRANSFORMATION_PROCESS_MISMATCH: {
    status: 422,
    vi: 'Lô {code} không theo quy trình có công đoạn {stage}.',
    en: 'Lot {code} does not follow the process that has stage {stage}.',
  },
  QUANTITY_EXCEEDS_REMAINING: {
    status: 422,
    vi: 'Lô {code} chỉ còn {remaining}; không lấy được nhiều hơn.',
    en: 'Lot {code} has only {remaining} left; you cannot take more.',
  },
  UNIT_MISMATCH: {
    status: 422,
    vi: 'Đơn vị {unit} không đổi được sang {expected}.',
    en: 'Unit {unit} does not convert to {expected}.',
  },
  DUPLICATE_INPUT_LOT: {
    status: 422,
    vi: 'Lô {code} được chọn hai lần; mỗi lô chỉ chọn một lần.',
    en: 'Lot {code} is chosen twice; choose each lot once.',
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
  INTERNAL: {
    status: 500,
    vi: 'Đã có lỗi hệ thống (mã yêu cầu {requestId}); chúng tôi đã ghi nhận.',
    en: 'Something went wrong on our side (request {requestId}); it has been logged.',
  },
} as const satisfies Record<string, { status: number; vi: string; en: string }>;

export type ErrorCode = keyof typeof errorCatalogue;
export type Lang = 'vi' | 'en';
export const languages: readonly Lang[] = ['vi', 'en'];

/** A parameter is a plain value or a phrase in both languages (e.g. the name of a missing thing). */
export type ErrorParam = string | number | { vi: string; en: string };
export type ErrorParams = Record<string, ErrorParam>;

/** Params in one language, as a problem document carries them. */
export function localizeParams(params: ErrorParams, lang: Lang): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params))
    out[name] = typeof value === 'object' ? value[lang] : value;
  return out;
}

/** The message of a code in a language, with `{name}` placeholders filled. */
export function errorMessage(code: ErrorCode, lang: Lang, params: ErrorParams = {}): string {
  const values = localizeParams(params, lang);
  return errorCatalogue[code][lang].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** Names of things, for NOT_FOUND and similar messages. */
export const resourceNames = {
  member: { vi: 'thành viên', en: 'Member' },
  apiToken: { vi: 'mã truy cập API', en: 'API token' },
  logo: { vi: 'logo', en: 'Logo' },
  tenant: { vi: 'đơn vị', en: 'Account' },
  user: { vi: 'người dùng', en: 'User' },
  process: { vi: 'quy trình', en: 'Process' },
  processVersion: { vi: 'phiên bản quy trình', en: 'Process version' },
  formValidator: { vi: 'bộ kiểm tra biểu mẫu', en: 'Form validator' },
  catalog: { vi: 'danh mục', en: 'Catalog' },
  catalogItem: { vi: 'mục danh mục', en: 'Catalog item' },
  file: { vi: 'tệp', en: 'File' },
  product: { vi: 'sản phẩm', en: 'Product' },
  lot: { vi: 'lô', en: 'Lot' },
  record: { vi: 'bản ghi', en: 'Record' },
  stage: { vi: 'công đoạn', en: 'Stage' },
} as const satisfies Record<string, { vi: string; en: string }>;

export function errorStatus(code: ErrorCode): number {
  return errorCatalogue[code].status;
}

export function isErrorCode(value: string): value is ErrorCode {
  return Object.hasOwn(errorCatalogue, value);
}
