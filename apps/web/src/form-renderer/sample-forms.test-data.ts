import type { StageForm } from '@nguon/domain';
import { compileFormModel, type FieldType, type FormField, type FormModel, newFormField } from '@nguon/forms';

const label = (vi: string, en: string) => ({ vi, en });

export function field(type: FieldType, key: string, vi: string, en: string, patch: Partial<FormField> = {}) {
  return { ...newFormField(type, key, label(vi, en)), ...patch };
}

/** One field of every type, as the builder would make them. */
export function everyTypeModel(): FormModel {
  return {
    fields: [
      field('heading', 'phan_1', 'Thông tin thu hoạch', 'Harvest details'),
      field('text', 'ten_lo', 'Tên lô', 'Lot name', { required: true }),
      field('longText', 'ghi_chu', 'Ghi chú', 'Notes'),
      field('integer', 'so_bao', 'Số bao', 'Bags'),
      field('number', 'khoi_luong', 'Khối lượng', 'Weight', { unit: 'kg' }),
      field('date', 'ngay_thu', 'Ngày thu', 'Harvest date'),
      field('dateTime', 'luc', 'Thời điểm', 'Time'),
      field('choice', 'hang', 'Hạng', 'Grade'),
      field('multiChoice', 'sau_benh', 'Sâu bệnh', 'Pests'),
      field('yesNo', 'huu_co', 'Hữu cơ', 'Organic'),
      field('catalog', 'nong_ho', 'Nông hộ', 'Farmer', { catalogId: 'farmers' }),
      field('photos', 'anh', 'Ảnh', 'Photos'),
      field('gps', 'vi_tri', 'Vị trí', 'Location'),
      field('signature', 'chu_ky', 'Chữ ký', 'Signature'),
      field('file', 'tep', 'Tệp', 'File'),
      field('group', 'bao', 'Các bao', 'Bags list', {
        fields: [field('number', 'can_nang', 'Cân nặng', 'Weight', { unit: 'kg' })],
      }),
    ],
    rules: [],
  };
}

export function compiled(model: FormModel): StageForm {
  return compileFormModel(model);
}
