import type { ErrorEntry } from '../errors/shared.errors';

/** Codes only catalogs endpoints answer with. */
export const catalogErrors = {
  CATALOG_ITEM_INVALID: {
    status: 422,
    vi: 'Mục danh mục chưa hợp lệ: {detail}',
    en: 'The catalog item is not valid: {detail}',
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
  CATALOG_IMPORT_STALLED: {
    status: 500,
    vi: 'Hơn 10 phút nay lượt nhập không nhích thêm: việc nền có thể đã bị mất. Mở lượt nhập và bấm "Chạy lại"; các dòng đã nhập vẫn được giữ.',
    en: 'This import has not moved for over 10 minutes: its background job may have been lost. Open the import and press "Retry"; the rows imported so far are kept.',
  },
  CATALOG_IMPORT_NOT_RETRYABLE: {
    status: 409,
    vi: 'Lượt nhập này không chạy lại được; chỉ chạy lại được lượt nhập bị gián đoạn, hoặc đã ngừng nhích (10 phút khi đang chạy, 6 giờ khi còn chờ).',
    en: 'This import cannot be retried; only an interrupted import, or one that has stopped moving (10 minutes while running, 6 hours while waiting), can be retried.',
  },
} as const satisfies Record<string, ErrorEntry>;

export type CatalogErrorCode = keyof typeof catalogErrors;
