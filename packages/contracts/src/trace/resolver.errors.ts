import type { ErrorEntry } from '../errors/shared.errors';

/**
 * Codes only the Digital Link resolver (/01/…, /q/…) answers with. The 404 is one answer for every reason a
 * code is not shown (not ours, unknown, contradicting its label): the wording never hints which codes exist.
 */
export const resolverErrors = {
  RESOLVER_MALFORMED_LINK: {
    status: 400,
    vi: 'Đường dẫn này không phải mã truy xuất hợp lệ (GS1 Digital Link). Hãy quét lại mã QR trên tem.',
    en: 'This address is not a valid traceability code (GS1 Digital Link). Scan the QR code on the label again.',
  },
  RESOLVER_MISTYPED_CODE: {
    status: 400,
    vi: 'Mã trên tem có vẻ bị gõ nhầm: ký tự kiểm tra không khớp. Hãy đối chiếu từng ký tự với mã in trên tem.',
    en: 'The label code looks mistyped: its check character does not match. Compare each character with the code printed on the label.',
  },
  RESOLVER_UNKNOWN_CODE: {
    status: 404,
    vi: 'Không tìm thấy mã này. Sản phẩm mang mã này có thể không phải hàng thật; hãy hỏi người bán hoặc nhà sản xuất.',
    en: 'This code is unknown. A product carrying it may not be genuine; ask the seller or the producer.',
  },
  RESOLVER_LINK_TYPE_ABSENT: {
    status: 404,
    vi: 'Mã này không có liên kết loại {linkType}.',
    en: 'This code has no link of type {linkType}.',
  },
  RESOLVER_TOO_MANY: {
    status: 429,
    vi: 'Quá nhiều lượt tra cứu từ mạng này; hãy thử lại sau {retryAfter} giây.',
    en: 'Too many look-ups from this network; try again in {retryAfter} seconds.',
  },
  RESOLVER_METHOD_NOT_ALLOWED: {
    status: 405,
    vi: 'Địa chỉ truy xuất chỉ nhận GET, HEAD và OPTIONS.',
    en: 'Traceability addresses accept only GET, HEAD and OPTIONS.',
  },
} as const satisfies Record<string, ErrorEntry>;

export type ResolverErrorCode = keyof typeof resolverErrors;
