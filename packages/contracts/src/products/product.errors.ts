import type { ErrorEntry } from '../errors/shared.errors';

/** Codes only products endpoints answer with. */
export const productErrors = {
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
    vi: 'Mã GTIN {value} đã được dùng cho một sản phẩm khác: mỗi mã GTIN chỉ gắn với một sản phẩm.',
    en: 'GTIN {value} is already used by another product: a GTIN names one product only.',
  },
  SKU_TAKEN: {
    status: 409,
    vi: 'Mã SKU {value} đã được dùng cho một sản phẩm khác của đơn vị.',
    en: 'SKU {value} is already used by another product of the account.',
  },
  PROCESS_NOT_PUBLISHED: {
    status: 422,
    vi: 'Quy trình {name} chưa có phiên bản phát hành nào; hãy phát hành nó trước khi gắn với sản phẩm.',
    en: 'Process {name} has no published version yet; publish it before linking it to a product.',
  },
  LOT_CODE_PATTERN_INVALID: {
    status: 422,
    vi: 'Mẫu mã lô không dùng được: {detail}',
    en: 'The lot code pattern cannot be used: {detail}',
  },
} as const satisfies Record<string, ErrorEntry>;

export type ProductErrorCode = keyof typeof productErrors;
