import type {
  TemplateFile,
  TemplateSummary,
  TemplateVersionSummary,
  TemplateView,
} from '@nguon/contracts/client';

/** Test support: a small tea template as the API would answer it, valid against the contract. */

export const templateId = (n: number) => `00000000-0000-4000-8000-0000000e${String(n).padStart(4, '0')}`;

const catalogRef = (vi: string, en: string, catalog: string) => ({
  type: 'object',
  title: vi,
  'x-label': { vi, en },
  'x-catalog': catalog,
  properties: {
    id: { type: 'string', minLength: 1, maxLength: 64 },
    label: { type: 'string', maxLength: 300 },
  },
  required: ['id', 'label'],
  additionalProperties: false,
});

const stageBase = { repeatable: false, businessStep: null, yieldRange: null } as const;

const definition: TemplateFile['process']['definition'] = {
  schemaVersion: 1,
  stages: [
    // listed out of order on purpose: the preview orders stages as the graph draws them
    {
      ...stageBase,
      id: 'dong_goi',
      key: 'dong_goi',
      name: { vi: 'Đóng gói', en: 'Pack' },
      kind: 'stage',
      start: false,
      position: { x: 520, y: 0 },
      form: {
        schema: {
          type: 'object',
          properties: {
            so_goi: { type: 'integer', title: 'Số gói', 'x-label': { vi: 'Số gói', en: 'Packs' } },
          },
          required: ['so_goi'],
          unevaluatedProperties: false,
        },
        uiSchema: {},
      },
    },
    {
      ...stageBase,
      id: 'chon_doi',
      key: 'chon_doi',
      name: { vi: 'Chọn đồi chè', en: 'Choose the tea hill' },
      kind: 'stage',
      start: true,
      position: { x: 0, y: 0 },
      form: {
        schema: {
          type: 'object',
          properties: {
            ho: catalogRef('Hộ trồng', 'Grower', 'ho_trong'),
            dien_tich: { type: 'number', title: 'Diện tích', 'x-label': { vi: 'Diện tích', en: 'Area' } },
          },
          required: ['ho'],
          unevaluatedProperties: false,
        },
        uiSchema: { 'ui:order': ['ho', 'dien_tich'], ho: { 'ui:field': 'catalogLookup' } },
      },
    },
    {
      ...stageBase,
      id: 'cham_soc',
      key: 'cham_soc',
      name: { vi: 'Chăm sóc', en: 'Care' },
      kind: 'stage',
      start: false,
      position: { x: 260, y: 0 },
      form: { schema: { type: 'object', properties: {} }, uiSchema: {} },
      closeWhenFollowed: true,
      jobs: [
        {
          id: 'bon_phan',
          key: 'bon_phan',
          name: { vi: 'Bón phân', en: 'Fertilising' },
          businessStep: null,
          repeatable: true,
          required: true,
          minCount: 1,
          form: {
            schema: {
              type: 'object',
              properties: {
                luong: { type: 'number', title: 'Lượng bón', 'x-label': { vi: 'Lượng bón', en: 'Amount' } },
              },
              unevaluatedProperties: false,
            },
            uiSchema: {},
          },
        },
      ],
    },
  ],
  edges: [
    { id: 'e1', source: 'chon_doi', target: 'cham_soc' },
    { id: 'e2', source: 'cham_soc', target: 'dong_goi' },
  ],
};

export const teaFile: TemplateFile = {
  format: 'nguon.template',
  schemaVersion: 2,
  key: 'che-shan-tuyet',
  productType: 'tea',
  name: { vi: 'Chè Shan tuyết cổ thụ', en: 'Ancient Shan tuyet tea' },
  summary: { vi: 'Từ đồi chè đến gói chè.', en: 'From the tea hill to the pack.' },
  keywords: ['VietGAP', 'Hà Giang'],
  changeNote: { vi: 'Bản đầu tiên.', en: 'The first version.' },
  guide: {
    vi: 'Dành cho HTX chè vùng cao.\n\nCần danh sách hộ trồng.',
    en: 'For highland tea co-ops.\n\nNeeds the list of growers.',
  },
  process: { name: { vi: 'Quy trình chè Shan tuyết', en: 'Shan tuyet tea process' }, definition },
  stageNotes: {
    chon_doi: { vi: 'Chè đến từ hộ nào.', en: 'Which household the tea comes from.' },
    cham_soc: { vi: 'Nhật ký bón phân.', en: 'The fertilising diary.' },
    dong_goi: { vi: 'Số gói và hạn dùng.', en: 'Packs and best-before.' },
  },
  catalogs: [
    {
      key: 'ho_trong',
      name: { vi: 'Hộ trồng chè', en: 'Tea growers' },
      form: {
        schema: {
          type: 'object',
          properties: { ten: { type: 'string', title: 'Họ tên', 'x-label': { vi: 'Họ tên', en: 'Name' } } },
          required: ['ten'],
          unevaluatedProperties: false,
        },
        uiSchema: {},
      },
      labelFields: ['ten'],
      samples: [{ ten: 'Vàng A Chu' }, { ten: 'Giàng Thị Say' }],
    },
  ],
  sampleProduct: {
    name: { vi: 'Chè Shan tuyết 100 g', en: 'Shan tuyet tea 100 g' },
    sku: 'SHAN-100G',
    netQuantity: { value: 100, unit: 'g' },
    shelfLifeDays: 540,
    lotCodePattern: 'ST{yy}-{seq}',
  },
};

export function fakeVersion(
  number: number,
  overrides: Partial<TemplateVersionSummary> = {},
): TemplateVersionSummary {
  return {
    number,
    note: { vi: `Ghi chú bản ${number}`, en: `Note of version ${number}` },
    source: 'file',
    stageCount: 3,
    publishedAt: '2026-03-01T08:00:00.000Z',
    publishedBy: null,
    deprecated: null,
    ...overrides,
  };
}

export function fakeTemplateSummary(n: number, overrides: Partial<TemplateSummary> = {}): TemplateSummary {
  return {
    id: templateId(n),
    key: teaFile.key,
    productType: 'tea',
    name: teaFile.name,
    summary: teaFile.summary,
    keywords: teaFile.keywords,
    stageCount: 3,
    jobCount: 1,
    catalogCount: 1,
    latestVersion: fakeVersion(2),
    versionCount: 2,
    ...overrides,
  };
}

export function fakeTemplateView(version = fakeVersion(2), file: TemplateFile = teaFile): TemplateView {
  return { ...fakeTemplateSummary(1), version, file };
}

export const deprecatedNote = {
  vi: 'Thiếu thời gian cách ly sau phun thuốc; dùng bản 2.',
  en: 'Lacks the pre-harvest interval; use version 2.',
};
