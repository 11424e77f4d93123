/** Why a CSV cell does not read (`CsvCellProblem` of `@nguon/forms`); the import report words it. */
const vi = {
  'csvCell.notNumber': '"{text}" không phải là số',
  'csvCell.notWhole': '"{text}" không phải là số nguyên',
  'csvCell.grouped':
    '"{text}" có dấu phân cách hàng nghìn: hãy viết số không có dấu phân cách (ví dụ 1000 hoặc 12,5)',
  'csvCell.notDate': '"{text}" không phải ngày dd/mm/yyyy',
  'csvCell.notDateTime': '"{text}" không phải ngày giờ',
  'csvCell.notYesNo': '"{text}" phải là Có hoặc Không',
  'csvCell.notChoice': '"{text}" không phải lựa chọn: {choices}',
  'csvCell.notGps': '"{text}" phải là vĩ độ, kinh độ (ví dụ 21.59, 105.84)',
  'csvCell.notImportable': 'trường này không nhập được từ CSV',
  'csvCell.nul': '"{text}" có ký tự NUL (U+0000), không lưu được',
  'csvCell.loneSurrogate': '"{text}" có một nửa cặp ký tự UTF-16 lẻ loi, không phải chữ hợp lệ',
} as const;

const en: Record<keyof typeof vi, string> = {
  'csvCell.notNumber': '"{text}" is not a number',
  'csvCell.notWhole': '"{text}" is not a whole number',
  'csvCell.grouped':
    '"{text}" has thousands separators: write the number without them (for example 1000 or 12.5)',
  'csvCell.notDate': '"{text}" is not a date (dd/mm/yyyy)',
  'csvCell.notDateTime': '"{text}" is not a date and time',
  'csvCell.notYesNo': '"{text}" must be yes or no',
  'csvCell.notChoice': '"{text}" is not one of: {choices}',
  'csvCell.notGps': '"{text}" must be latitude, longitude (e.g. 21.59, 105.84)',
  'csvCell.notImportable': 'this field cannot be imported from CSV',
  'csvCell.nul': '"{text}" holds a NUL character (U+0000), which cannot be stored',
  'csvCell.loneSurrogate': '"{text}" holds half of a UTF-16 pair alone, which is not valid text',
};

export const csvCellMessages = { vi, en };
