import type { ErrorEntry } from '../errors/shared.errors';

/** Codes only the label layout endpoints answer with; the first four are labelLayoutFault's codes. */
export const labelLayoutErrors = {
  LABEL_LAYOUT_BAD_NUMBER: {
    status: 400,
    vi: 'Số đo {value} mm tại {path} không dùng được: cần từ {min} đến {max} mm.',
    en: 'The measure {value} mm at {path} cannot be used: it must be from {min} to {max} mm.',
  },
  LABEL_LAYOUT_BAD_GRID: {
    status: 400,
    vi: 'Số hàng hoặc cột {value} tại {path} không dùng được: cần một số nguyên từ {min} đến {max}.',
    en: 'The row or column count {value} at {path} cannot be used: it must be a whole number from {min} to {max}.',
  },
  LABEL_LAYOUT_DOES_NOT_FIT: {
    status: 422,
    vi: 'Tem không vừa trang: lề, tem và khoảng cách cần {neededMm} mm nhưng trang chỉ có {pageMm} mm.',
    en: 'The labels do not fit the page: margin, labels and gaps need {neededMm} mm but the page has {pageMm} mm.',
  },
  LABEL_QR_TOO_SMALL: {
    status: 422,
    vi: 'Tem quá nhỏ cho mã QR: mã chỉ rộng {qrSideMm} mm, mỗi ô {moduleMm} mm; điện thoại cần ô ít nhất {minModuleMm} mm, tức mã rộng {neededSideMm} mm.',
    en: 'The label is too small for the QR code: it is only {qrSideMm} mm wide, {moduleMm} mm a module; phones need modules of at least {minModuleMm} mm, a code {neededSideMm} mm wide.',
  },
  LABEL_LAYOUT_NAME_TAKEN: {
    status: 409,
    vi: 'Tên mẫu tem {name} đã được dùng cho một mẫu khác của đơn vị.',
    en: 'The layout name {name} is already used by another layout of the account.',
  },
} as const satisfies Record<string, ErrorEntry>;

export type LabelLayoutErrorCode = keyof typeof labelLayoutErrors;
