import type { ProcessDefinition, ProcessStage } from '@nguon/domain';
import { type ConditionalRule, compileFormModel, type FormField, newFormField } from '@nguon/forms';
import type { Principal } from '../auth/principal';
import { createItemInCatalog } from '../catalogs/catalog-items.service';
import { createCatalog } from '../catalogs/catalogs.service';
import type { ServiceContext } from '../context/service-context';
import { createLot } from '../lots/lots.service';
import { recordStage } from '../lots/record-stage';
import { publishProcess, saveProcessDraft } from '../processes/process-drafts.service';
import { createProcess } from '../processes/processes.service';
import { createProduct } from '../products/products.service';

const field = (
  type: FormField['type'],
  key: string,
  vi: string,
  en: string,
  extra: Partial<FormField> = {},
) => ({
  ...newFormField(type, key, { vi, en }),
  ...extra,
});

async function demoCatalog(
  ctx: ServiceContext,
  owner: Principal,
  name: { vi: string; en: string },
  fields: FormField[],
  items: Record<string, unknown>[],
) {
  const catalog = await createCatalog(ctx, owner, {
    name,
    form: compileFormModel({ fields, rules: [] }),
    labelFields: [fields[0]?.key ?? 'name'],
  });
  const ids: string[] = [];
  for (const item of items) ids.push((await createItemInCatalog(ctx, owner, catalog.id, item)).id);
  return { id: catalog.id, itemIds: ids };
}

const stage = (
  id: string,
  vi: string,
  en: string,
  fields: FormField[],
  extra: Partial<ProcessStage> = {},
  rules: ConditionalRule[] = [],
): ProcessStage => ({
  id,
  key: id,
  name: { vi, en },
  kind: 'stage',
  start: false,
  repeatable: false,
  businessStep: null,
  yieldRange: null,
  position: { x: 0, y: 0 },
  form: compileFormModel({ fields, rules }),
  ...extra,
});

/** Shan tuyet tea: choose the hill, fertilise (repeatable), pick, roast (fresh leaves to dry tea), pack. */
function teaProcess(farmersId: string, hillsId: string): ProcessDefinition {
  const kg = (key: string, vi: string, en: string) =>
    field('number', key, vi, en, { unit: 'kg', min: 0, required: true });
  const stages = [
    stage(
      'chon_doi',
      'Chọn đồi chè',
      'Choose the tea hill',
      [
        field('catalog', 'doi', 'Đồi chè', 'Tea hill', { catalogId: hillsId, required: true }),
        field('catalog', 'ho', 'Hộ trồng', 'Grower', { catalogId: farmersId, required: true }),
      ],
      { start: true, position: { x: 0, y: 0 } },
    ),
    stage(
      'bon_phan',
      'Bón phân',
      'Fertilise',
      [
        field('text', 'loai_phan', 'Loại phân', 'Fertiliser', { required: true }),
        kg('luong', 'Lượng bón', 'Amount'),
        field('integer', 'so_bao', 'Số bao', 'Bags'),
        field('catalog', 'nguoi_bon', 'Người bón', 'Applied by', { catalogId: farmersId, required: true }),
        field('yesNo', 'huu_co', 'Phân hữu cơ', 'Organic fertiliser'),
        field('text', 'chung_nhan', 'Số chứng nhận hữu cơ', 'Organic certificate number'),
        field('photos', 'anh', 'Ảnh', 'Photos'),
      ],
      { repeatable: true, position: { x: 260, y: 0 } },
      // a "when A is X, show B" rule, so the demo (and its e2e test) has one
      [{ id: 'rule_1', when: 'huu_co', equals: true, effect: 'show', targets: ['chung_nhan'] }],
    ),
    stage(
      'hai_che',
      'Hái chè',
      'Pick the leaves',
      [
        kg('khoi_luong', 'Khối lượng chè tươi', 'Fresh leaf weight'),
        field('catalog', 'nguoi_hai', 'Người hái', 'Picked by', { catalogId: farmersId }),
        field('photos', 'anh', 'Ảnh', 'Photos'),
      ],
      {
        position: { x: 520, y: 0 },
        businessStep: 'https://nguon.vn/voc/BizStep-harvesting',
        // the weighed leaves become the lot's recorded quantity, beside the estimate declared at the start
        lotQuantityField: 'khoi_luong',
      },
    ),
    stage(
      'sao_che',
      'Sao chè',
      'Roast',
      [field('number', 'nhiet_do', 'Nhiệt độ chảo', 'Pan temperature', { unit: 'Cel' })],
      {
        kind: 'transformation',
        yieldRange: { minPercent: 18, maxPercent: 25 },
        position: { x: 780, y: 0 },
      },
    ),
    stage(
      'dong_goi',
      'Đóng gói',
      'Pack',
      [field('integer', 'so_goi', 'Số gói 100 g', 'Packs of 100 g', { required: true, min: 1 })],
      {
        position: { x: 1040, y: 0 },
        businessStep: 'https://ref.gs1.org/cbv/BizStep-packing',
        // the clerk binds the printed labels of the packs to the lot here
        bindsLabels: true,
      },
    ),
  ];
  const edges = stages.slice(1).map((s, i) => ({ id: `e${i}`, source: stages[i]?.id ?? '', target: s.id }));
  return { schemaVersion: 1, stages, edges };
}

/**
 * The demo co-op's working data: growers and hills, a published tea process, a product coded SG{yy}-{seq}, and
 * three lots at different stages, so the work list, a lot's timeline and a merge can be tried at once.
 */
export async function seedDemoContent(ctx: ServiceContext, owner: Principal): Promise<void> {
  const farmers = await demoCatalog(
    ctx,
    owner,
    { vi: 'Hộ trồng chè', en: 'Tea growers' },
    [field('text', 'ten', 'Họ tên', 'Name', { required: true }), field('text', 'thon', 'Thôn', 'Village')],
    [
      { ten: 'Vàng A Chu', thon: 'Sín Chải' },
      { ten: 'Giàng Thị Say', thon: 'Hồng Ngài' },
    ],
  );
  const hills = await demoCatalog(
    ctx,
    owner,
    { vi: 'Đồi chè', en: 'Tea hills' },
    [
      field('text', 'ma', 'Mã đồi', 'Hill code', { required: true }),
      field('number', 'dien_tich', 'Diện tích', 'Area', { unit: 'ha', min: 0 }),
    ],
    [
      { ma: 'SG-01', dien_tich: 1.2 },
      { ma: 'SG-02', dien_tich: 0.8 },
    ],
  );
  const process = await createProcess(ctx, owner, {
    name: { vi: 'Chè Shan Tuyết', en: 'Shan tuyet tea' },
    productType: 'tea',
  });
  const draft = await saveProcessDraft(ctx, owner, process.id, {
    revision: process.draftRevision,
    definition: teaProcess(farmers.id, hills.id),
  });
  await publishProcess(ctx, owner, process.id, { revision: draft.revision, note: 'Bản đầu tiên' });
  const product = await createProduct(ctx, owner, {
    name: { vi: 'Chè Shan Tuyết Suối Giàng', en: 'Suoi Giang shan tuyet tea' },
    sku: 'SG-100G',
    productType: 'tea',
    processId: process.id,
    lotCodePattern: 'SG{yy}-{seq}',
    netQuantity: { value: 100, unit: 'g' },
  });
  const hill = (i: number) => ({
    doi: { id: hills.itemIds[i] ?? '', label: i === 0 ? 'SG-01' : 'SG-02' },
    ho: { id: farmers.itemIds[i] ?? '', label: i === 0 ? 'Vàng A Chu' : 'Giàng Thị Say' },
  });
  // declared before picking (an estimate), then weighed at picking: the demo shows both figures
  const lots: [declared: number, weighed: number | null][] = [
    [125, 120],
    [80, 80],
    [150, null],
  ];
  for (const [i, [declared, weight]] of lots.entries()) {
    const lot = await createLot(ctx, owner, { productId: product.id, quantity: declared, unit: 'kg' });
    await recordStage(ctx, owner, lot.id, { stageId: 'chon_doi', data: hill(i % 2) });
    if (weight === null) continue;
    await recordStage(ctx, owner, lot.id, {
      stageId: 'bon_phan',
      data: { loai_phan: 'Phân chuồng hoai', luong: 40, nguoi_bon: hill(i % 2).ho },
    });
    await recordStage(ctx, owner, lot.id, { stageId: 'hai_che', data: { khoi_luong: weight } });
  }
}
