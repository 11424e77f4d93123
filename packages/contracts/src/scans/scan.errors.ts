import type { ErrorEntry } from '../errors/shared.errors';

/** Codes of the owner's scan statistics and export: the period asked for. */
export const scanErrors = {
  SCAN_PERIOD_BAD_DATE: {
    status: 400,
    vi: '“{value}” không phải là một ngày có thật; hãy nhập ngày dạng NNNN-TT-NN, ví dụ 2026-03-02.',
    en: '“{value}” is not a real date; write the date as YYYY-MM-DD, for example 2026-03-02.',
  },
  SCAN_PERIOD_REVERSED: {
    status: 422,
    vi: 'Ngày kết thúc {to} đứng trước ngày bắt đầu {from}; hãy đổi chỗ hai ngày.',
    en: 'The end date {to} comes before the start date {from}; swap them.',
  },
  SCAN_PERIOD_TOO_LONG: {
    status: 422,
    vi: 'Khoảng thời gian dài {days} ngày; mỗi lần xem hoặc xuất được tối đa {max} ngày.',
    en: 'The period is {days} days long; at most {max} days can be shown or exported at once.',
  },
} as const satisfies Record<string, ErrorEntry>;

export type ScanErrorCode = keyof typeof scanErrors;
