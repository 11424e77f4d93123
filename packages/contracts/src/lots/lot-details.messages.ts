/**
 * What the lots services found wrong, for the `{detail}` or `{status}` of a problem (`lots.detail.*`); the
 * API words them in the caller's language. Braces quoted as `'{seq}'` are the pattern's own placeholders.
 */
const vi = {
  'lots.detail.invalidData': 'dữ liệu sai',
  'lots.detail.missingCatalogItem': 'mục danh mục này không có (hoặc đã bị xoá)',
  'lots.detail.missingFile': 'tệp này không có trong tài khoản',
  'lots.detail.notImage': 'tệp này không phải ảnh',
  'lots.detail.before2000': 'trước năm 2000',
  'lots.detail.closed.completed': 'hoàn thành',
  'lots.detail.closed.recalled': 'bị triệu hồi',
  'lots.detail.closed.usedUp': 'được dùng hết',
  'lots.detail.waitingFor': 'còn chờ công đoạn {stages}',
  'lots.detail.recordedAlready': 'công đoạn này đã ghi và không lặp lại',
  'lots.detail.productArchived': 'sản phẩm đã lưu trữ',
  'lots.detail.otherProcess': 'sản phẩm này theo quy trình khác',
  'lots.detail.pattern.no_seq': "cần có '{seq}' để mỗi lô một mã",
  'lots.detail.pattern.unknown_token': "chỉ dùng được '{seq} {yyyy} {yy} {mm} {dd}'",
  'lots.detail.pattern.bad_character': 'mã lô chỉ gồm chữ không dấu, số và . - _',
  'lots.detail.pattern.too_long': 'mã lô tạo ra dài quá 20 ký tự',
} as const;

const en: Record<keyof typeof vi, string> = {
  'lots.detail.invalidData': 'invalid data',
  'lots.detail.missingCatalogItem': 'this catalog item does not exist',
  'lots.detail.missingFile': 'this file is not in the account',
  'lots.detail.notImage': 'this file is not an image',
  'lots.detail.before2000': 'before the year 2000',
  'lots.detail.closed.completed': 'completed',
  'lots.detail.closed.recalled': 'recalled',
  'lots.detail.closed.usedUp': 'used up',
  'lots.detail.waitingFor': 'it still waits for {stages}',
  'lots.detail.recordedAlready': 'it is recorded already and does not repeat',
  'lots.detail.productArchived': 'the product is archived',
  'lots.detail.otherProcess': 'this product follows another process',
  'lots.detail.pattern.no_seq': "it needs '{seq}' so that every lot gets its own code",
  'lots.detail.pattern.unknown_token': "only '{seq} {yyyy} {yy} {mm} {dd}' may be used",
  'lots.detail.pattern.bad_character': 'lot codes hold only unaccented letters, digits and . - _',
  'lots.detail.pattern.too_long': 'the codes it makes are longer than 20 characters',
};

export const lotDetailMessages = { vi, en };
