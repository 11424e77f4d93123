import type {
  LotDetail,
  LotStageView,
  LotSummary,
  ProductView,
  RecordView,
  StageEntryView,
  StageRef,
  WorkItem,
} from '@nguon/contracts';
import type { StageForm } from '@nguon/domain';
import { compiled, field } from '../../form-renderer/sample-forms.test-data';

/** Test support: a rice co-op's lots, stages, records and forms, shaped like the API answers them. */

export const productId = '00000000-0000-4000-8000-0000000000d1';
export const processId = '00000000-0000-4000-8000-0000000000e1';
export const version1 = '00000000-0000-4000-8000-0000000000f1';
export const version2 = '00000000-0000-4000-8000-0000000000f2';
const stamp = '2025-03-01T08:00:00Z';

export const lotId = (n: number) => `00000000-0000-4000-8000-0000000010${String(n).padStart(2, '0')}`;
export const recordId = (n: number) => `00000000-0000-4000-8000-0000000020${String(n).padStart(2, '0')}`;

export const harvest: StageRef = {
  stageId: 'st_harvest',
  key: 'thu_hoach',
  name: { vi: 'Thu hoạch', en: 'Harvest' },
  kind: 'stage',
  repeatable: false,
};
export const drying: StageRef = {
  stageId: 'st_drying',
  key: 'say',
  name: { vi: 'Sấy', en: 'Drying' },
  kind: 'transformation',
  repeatable: false,
};

/** Version 1 asks for the weight; version 2 renamed it and added the farmer's note. */
export const harvestFormV1: StageForm = compiled({
  fields: [field('number', 'khoi_luong', 'Khối lượng', 'Weight', { unit: 'kg', required: true })],
  rules: [],
});
export const harvestFormV2: StageForm = compiled({
  fields: [
    field('number', 'khoi_luong', 'Khối lượng tươi', 'Fresh weight', { unit: 'kg', required: true }),
    field('text', 'ghi_chu', 'Ghi chú nông hộ', 'Farmer note'),
  ],
  rules: [],
});
export const dryingForm: StageForm = compiled({
  fields: [field('number', 'nhiet_do', 'Nhiệt độ sấy', 'Drying temperature', { unit: 'Cel' })],
  rules: [],
});

export function fakeLot(n: number, overrides: Partial<LotSummary> = {}): LotSummary {
  return {
    id: lotId(n),
    code: `R25-000${n}`,
    productId,
    productName: { vi: 'Lúa ST25', en: 'ST25 paddy' },
    processId,
    processVersion: 1,
    quantity: 500,
    remaining: 500,
    unit: 'kg',
    status: 'in_progress',
    madeAtStageId: null,
    note: '',
    recordedQuantity: null,
    recordedAt: null,
    recordedStageId: null,
    recordedRecordId: null,
    createdAt: stamp,
    ...overrides,
  };
}

export function fakeWorkItem(lot: LotSummary, stages: StageRef[]): WorkItem {
  return { lot, stages };
}

export function fakeEntry(
  lot: LotSummary,
  stage: StageRef,
  form: StageForm,
  extra: Partial<StageEntryView['stage']> = {},
): StageEntryView {
  const processVersionId = lot.processVersion === 2 ? version2 : version1;
  return {
    lot,
    stage: { ...stage, state: 'available', timesRecorded: 0, yieldRange: null, ...extra },
    form: { processVersionId, stageId: stage.stageId, ...form },
  };
}

export function fakeRecord(n: number, overrides: Partial<RecordView> = {}): RecordView {
  return {
    id: recordId(n),
    lotId: lotId(1),
    seq: n,
    kind: 'stage',
    stageId: harvest.stageId,
    stageKey: harvest.key,
    stageName: harvest.name,
    processVersionId: version1,
    processVersion: 1,
    data: {},
    eventTime: stamp,
    location: null,
    recordedBy: { id: '00000000-0000-4000-8000-0000000000aa', name: 'Lan' },
    recordedAt: stamp,
    supersedes: null,
    supersededBy: null,
    reason: null,
    transformation: null,
    hash: 'a'.repeat(64),
    ...overrides,
  };
}

export function stageView(stage: StageRef, state: LotStageView['state'], timesRecorded = 0): LotStageView {
  return { ...stage, state, timesRecorded };
}

export function fakeDetail(
  lot: LotSummary,
  records: RecordView[],
  overrides: Partial<LotDetail> = {},
): LotDetail {
  return {
    lot,
    stages: [stageView(harvest, 'done', 1), stageView(drying, 'available')],
    records,
    forms: [
      { processVersionId: version1, stageId: harvest.stageId, ...harvestFormV1 },
      { processVersionId: version2, stageId: harvest.stageId, ...harvestFormV2 },
    ],
    parents: [],
    children: [],
    ...overrides,
  };
}

export function fakeProduct(overrides: Partial<ProductView> = {}): ProductView {
  return {
    id: productId,
    name: { vi: 'Lúa ST25', en: 'ST25 paddy' },
    sku: 'ST25',
    productType: 'rice',
    description: { vi: '', en: '' },
    imageIds: [],
    netQuantity: null,
    shelfLifeDays: null,
    storage: { vi: '', en: '' },
    country: 'VN',
    province: null,
    gtin: null,
    gs1CompanyPrefix: null,
    certifications: [],
    processId,
    lotCodePattern: 'R{yy}-{seq}',
    publicFields: ['name'],
    archived: false,
    revision: 1,
    createdAt: stamp,
    updatedAt: stamp,
    ...overrides,
  };
}
