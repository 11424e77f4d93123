import type { LocalizedText } from '@nguon/domain';
import type { FieldType } from './form-model';

/** Names of the field types for the builder palette and for messages. */
export const fieldTypeNames: Readonly<Record<FieldType, LocalizedText>> = {
  text: { vi: 'Văn bản ngắn', en: 'Short text' },
  longText: { vi: 'Văn bản dài', en: 'Long text' },
  integer: { vi: 'Số nguyên', en: 'Whole number' },
  number: { vi: 'Số đo', en: 'Number' },
  date: { vi: 'Ngày', en: 'Date' },
  dateTime: { vi: 'Ngày giờ', en: 'Date and time' },
  choice: { vi: 'Chọn một', en: 'Single choice' },
  multiChoice: { vi: 'Chọn nhiều', en: 'Multiple choice' },
  yesNo: { vi: 'Có/Không', en: 'Yes/No' },
  catalog: { vi: 'Mục trong danh mục', en: 'Catalog item' },
  photos: { vi: 'Ảnh', en: 'Photos' },
  gps: { vi: 'Vị trí GPS', en: 'GPS location' },
  signature: { vi: 'Chữ ký', en: 'Signature' },
  file: { vi: 'Tệp đính kèm', en: 'File' },
  group: { vi: 'Nhóm lặp lại', en: 'Repeating group' },
  heading: { vi: 'Tiêu đề mục', en: 'Section heading' },
};
