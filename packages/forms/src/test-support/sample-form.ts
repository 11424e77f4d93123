import { newFormField } from '../model/empty-field';
import type { FieldType, FormField, FormModel } from '../model/form-model';

/** A field with the given options over `newFormField`'s defaults. */
export function field(type: FieldType, key: string, vi: string, options: Partial<FormField> = {}): FormField {
  return { ...newFormField(type, key, { vi, en: '' }), ...options };
}

const choices = (...values: [string, string, string][]) =>
  values.map(([value, vi, en]) => ({ value, label: { vi, en } }));

/** A rice-farming stage that uses every field type and every rule effect. */
export function sampleFormModel(): FormModel {
  return {
    fields: [
      field('heading', 'thong_tin', 'Thông tin chung', { label: { vi: 'Thông tin chung', en: 'General' } }),
      field('text', 'ma_lo', 'Mã lô ruộng', {
        required: true,
        public: true,
        min: 3,
        max: 20,
        pattern: '^[A-Z]{2}-\\d{3}$',
      }),
      field('longText', 'ghi_chu', 'Ghi chú', {
        help: { vi: 'Ghi rõ bất thường', en: 'Note anything unusual' },
      }),
      field('integer', 'so_bao', 'Số bao', { min: 0, max: 500, defaultValue: 10 }),
      field('number', 'khoi_luong', 'Khối lượng', { unit: 'kg', min: 0, required: true, public: true }),
      field('date', 'ngay_thu_hoach', 'Ngày thu hoạch', { defaultValue: '2024-05-01', public: true }),
      field('dateTime', 'thoi_diem', 'Thời điểm ghi'),
      field('choice', 'giong_lua', 'Giống lúa', {
        choices: choices(['st25', 'ST25', 'ST25'], ['om5451', 'OM5451', 'OM5451'], ['khac', 'Khác', 'Other']),
        defaultValue: 'st25',
      }),
      field('choice', 'tinh', 'Tỉnh', {
        choices: choices(
          ['st', 'Sóc Trăng', ''],
          ['ct', 'Cần Thơ', ''],
          ['ag', 'An Giang', ''],
          ['kg', 'Kiên Giang', ''],
          ['dt', 'Đồng Tháp', ''],
          ['bl', 'Bạc Liêu', ''],
        ),
      }),
      field('multiChoice', 'chung_nhan', 'Chứng nhận', {
        choices: choices(['vietgap', 'VietGAP', 'VietGAP'], ['huu_co', 'Hữu cơ', 'Organic']),
        max: 2,
      }),
      field('yesNo', 'phun_thuoc', 'Có phun thuốc?', { defaultValue: false }),
      field('text', 'ten_thuoc', 'Tên thuốc', { max: 200 }),
      field('number', 'lieu_luong', 'Liều lượng', { unit: 'L/ha', min: 0 }),
      field('text', 'ly_do', 'Lý do không có bao'),
      field('catalog', 'nong_dan', 'Nông dân', { catalogId: 'farmers', required: true }),
      field('photos', 'anh', 'Ảnh ruộng', { min: 1, max: 5, public: true }),
      field('gps', 'vi_tri', 'Vị trí'),
      field('signature', 'chu_ky', 'Chữ ký'),
      field('file', 'bien_ban', 'Biên bản'),
      field('group', 'bon_phan', 'Các lần bón phân', {
        min: 1,
        max: 10,
        fields: [
          field('date', 'ngay', 'Ngày bón', { required: true }),
          field('catalog', 'phan_bon', 'Phân bón', { catalogId: 'fertilisers', required: true }),
          field('number', 'luong', 'Lượng', { unit: 'kg/ha', min: 0 }),
          field('choice', 'cach_bon', 'Cách bón', {
            choices: choices(['rai', 'Rải', 'Broadcast'], ['phun', 'Phun', 'Spray']),
          }),
        ],
      }),
    ],
    rules: [
      {
        id: 'rule_1',
        when: 'phun_thuoc',
        equals: true,
        effect: 'showAndRequire',
        targets: ['ten_thuoc', 'lieu_luong'],
      },
      { id: 'rule_2', when: 'giong_lua', equals: 'khac', effect: 'require', targets: ['ghi_chu'] },
      { id: 'rule_3', when: 'so_bao', equals: 0, effect: 'show', targets: ['ly_do'] },
    ],
  };
}

/** A record the sample form accepts. */
export function sampleRecord(): Record<string, unknown> {
  return {
    ma_lo: 'ST-001',
    so_bao: 12,
    khoi_luong: 1250.5,
    ngay_thu_hoach: '2024-05-02',
    thoi_diem: '2024-05-02T07:30:00+07:00',
    giong_lua: 'st25',
    tinh: 'st',
    chung_nhan: ['vietgap'],
    phun_thuoc: true,
    ten_thuoc: 'Anvil 5SC',
    lieu_luong: 1.2,
    nong_dan: { id: 'f-001', label: 'Nguyễn Văn A' },
    anh: ['photo_0001'],
    vi_tri: { lat: 9.6, lon: 105.97, accuracy: 12 },
    chu_ky: 'sig_00001',
    bien_ban: 'file_00001',
    bon_phan: [
      { ngay: '2024-03-01', phan_bon: { id: 'npk', label: 'NPK 16-16-8' }, luong: 150, cach_bon: 'rai' },
    ],
  };
}

/** A JSON Schema `{ if, then }` (built here: linters take a literal `then:` for a thenable). */
export function ifThen(condition: unknown, then: unknown, extra: Record<string, unknown> = {}) {
  return { if: condition, then, ...extra };
}

/** A honey form with three texts still lacking English: a label, a choice and a nested label (" " counts as none). */
export function halfTranslatedModel(): FormModel {
  const kind = {
    ...newFormField('choice', 'loai', { vi: 'Loại mật', en: 'Honey kind' }),
    choices: [
      { value: 'hoa_nhan', label: { vi: 'Hoa nhãn', en: 'Longan' } },
      { value: 'hoa_cafe', label: { vi: 'Hoa cà phê', en: '' } },
    ],
  };
  const sub = newFormField('text', 'ma', { vi: 'Mã thùng', en: ' ' });
  return {
    fields: [
      newFormField('integer', 'so_thung_ong', { vi: 'Số thùng ong', en: '' }),
      kind,
      { ...newFormField('group', 'thung', { vi: 'Thùng', en: 'Hives' }), fields: [sub] },
    ],
    rules: [],
  };
}
