import type { LocalizedText, StageForm } from '@nguon/domain';
import { compileFormModel, type FieldType, type FormField, newFormField } from '@nguon/forms';

export const catalogTemplateKinds = [
  'farmers',
  'plots',
  'inputs',
  'suppliers',
  'machines',
  'employees',
] as const;
export type CatalogTemplateKind = (typeof catalogTemplateKinds)[number];

export interface CatalogTemplate {
  name: LocalizedText;
  form: StageForm;
  labelFields: string[];
}

type FieldSpec = [key: string, type: FieldType, vi: string, en: string, extra?: Partial<FormField>];

const specs: Record<CatalogTemplateKind, { name: LocalizedText; fields: FieldSpec[]; label: string[] }> = {
  farmers: {
    name: { vi: 'Nông hộ', en: 'Farmers' },
    fields: [
      ['ho_ten', 'text', 'Họ và tên', 'Full name', { required: true }],
      ['dien_thoai', 'text', 'Số điện thoại', 'Phone', { pattern: '^[0-9 +.-]{8,15}$' }],
      ['thon', 'text', 'Thôn / xóm', 'Village'],
      ['ma_ho', 'text', 'Mã hộ', 'Household code', { required: true }],
    ],
    label: ['ma_ho', 'ho_ten'],
  },
  plots: {
    name: { vi: 'Thửa đất', en: 'Plots' },
    fields: [
      ['ma_thua', 'text', 'Mã thửa', 'Plot code', { required: true }],
      ['dien_tich', 'number', 'Diện tích', 'Area', { unit: 'ha', min: 0, max: 10_000 }],
      ['cay_trong', 'text', 'Cây trồng', 'Crop'],
      ['vi_tri', 'gps', 'Vị trí GPS', 'GPS location'],
    ],
    label: ['ma_thua', 'cay_trong'],
  },
  inputs: {
    name: { vi: 'Vật tư', en: 'Inputs' },
    fields: [
      ['ten_thuong_mai', 'text', 'Tên thương mại', 'Trade name', { required: true }],
      ['hoat_chat', 'text', 'Hoạt chất', 'Active ingredient'],
      ['so_dang_ky', 'text', 'Số đăng ký', 'Registration number'],
      [
        'thoi_gian_cach_ly',
        'integer',
        'Thời gian cách ly (ngày)',
        'Pre-harvest interval (days)',
        { min: 0, max: 365 },
      ],
    ],
    label: ['ten_thuong_mai', 'hoat_chat'],
  },
  suppliers: {
    name: { vi: 'Nhà cung cấp', en: 'Suppliers' },
    fields: [
      ['ten', 'text', 'Tên nhà cung cấp', 'Supplier name', { required: true }],
      ['ma_so_thue', 'text', 'Mã số thuế', 'Tax code'],
      ['dia_chi', 'longText', 'Địa chỉ', 'Address'],
      ['dien_thoai', 'text', 'Số điện thoại', 'Phone'],
    ],
    label: ['ten'],
  },
  machines: {
    name: { vi: 'Máy móc', en: 'Machines' },
    fields: [
      ['ten_may', 'text', 'Tên máy', 'Machine name', { required: true }],
      ['ma_may', 'text', 'Mã máy', 'Machine code'],
      ['ngay_bao_duong', 'date', 'Ngày bảo dưỡng gần nhất', 'Last serviced on'],
    ],
    label: ['ma_may', 'ten_may'],
  },
  employees: {
    name: { vi: 'Nhân công', en: 'Employees' },
    fields: [
      ['ho_ten', 'text', 'Họ và tên', 'Full name', { required: true }],
      ['ma_nhan_vien', 'text', 'Mã nhân viên', 'Employee code'],
      ['cong_viec', 'text', 'Công việc', 'Job'],
      ['dien_thoai', 'text', 'Số điện thoại', 'Phone'],
    ],
    label: ['ho_ten'],
  },
};

function fieldOf([key, type, vi, en, extra = {}]: FieldSpec): FormField {
  return { ...newFormField(type, key, { vi, en }), ...extra };
}

/** A starter catalog of a common kind: its name, item form and label fields, to edit before saving. */
export function catalogTemplate(kind: CatalogTemplateKind): CatalogTemplate {
  const spec = specs[kind];
  return {
    name: { ...spec.name },
    form: compileFormModel({ fields: spec.fields.map(fieldOf), rules: [] }),
    labelFields: [...spec.label],
  };
}

/** An item form with one required name field, for a catalog started from scratch. */
export function blankCatalogForm(): CatalogTemplate {
  return {
    name: { vi: '', en: '' },
    form: compileFormModel({
      fields: [{ ...newFormField('text', 'ten', { vi: 'Tên', en: 'Name' }), required: true }],
      rules: [],
    }),
    labelFields: ['ten'],
  };
}
