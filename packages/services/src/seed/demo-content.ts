import { findTemplateByKey, latestTemplateVersion } from '@nguon/db';
import type { Principal } from '../auth/principal';
import { listItemsOfCatalog } from '../catalogs/catalog-items.service';
import type { ServiceContext } from '../context/service-context';
import { createLot } from '../lots/lots.service';
import { recordStage } from '../lots/record-stage';
import { publishProcess } from '../processes/process-drafts.service';
import { getProcess } from '../processes/processes.service';
import { changeProduct, getProduct } from '../products/products.service';
import { createProcessFromTemplate } from '../templates/use-template';

/** The template the demo co-op starts from, as a new co-op would: loaded from templates/ at start. */
export const demoTemplateKey = 'che-shan-tuyet';

/** The sample items of a catalog the template created, as the references a record stores, by label. */
async function itemRefs(
  ctx: ServiceContext,
  owner: Principal,
  catalogId: string,
): Promise<(label: string) => { id: string; label: string }> {
  const page = await listItemsOfCatalog(ctx, owner, catalogId, { pageSize: '100' });
  return (label) => {
    const item = page.items.find((candidate) => candidate.label === label);
    if (!item) throw new Error(`the demo template has no sample item "${label}"`);
    return { id: item.id, label: item.label };
  };
}

/** The process the template made, published as its first version. */
async function publishFirstVersion(ctx: ServiceContext, owner: Principal, processId: string): Promise<void> {
  const process = await getProcess(ctx, owner, processId);
  await publishProcess(ctx, owner, processId, {
    revision: process.draft.revision,
    note: 'Bản đầu tiên, từ mẫu Chè Shan tuyết cổ thụ',
  });
}

/**
 * The demo co-op's working data, built the way a new co-op starts: the tea template used (catalogs of hills,
 * growers and inputs with their samples, the process with its care stage of jobs, a sample product), the
 * process published, the product renamed for the co-op with lot codes SG{yy}-{seq}, then three lots at
 * different stages, so the work list, the jobs of a stage, a lot's timeline and a merge can be tried at once.
 */
export async function seedDemoContent(ctx: ServiceContext, owner: Principal): Promise<void> {
  const template = await findTemplateByKey(ctx.db, demoTemplateKey);
  const version = template && (await latestTemplateVersion(ctx.db, template.id, { usable: true }));
  if (!template || !version)
    throw new Error(`the demo needs the template ${demoTemplateKey} from templates/`);
  const used = await createProcessFromTemplate(ctx, owner, template.id, {
    version: version.number,
    processName: { vi: 'Chè Shan Tuyết', en: 'Shan tuyet tea' },
  });
  await publishFirstVersion(ctx, owner, used.processId);
  const product = await getProduct(ctx, owner, used.productId);
  await changeProduct(ctx, owner, product.id, {
    revision: product.revision,
    name: { vi: 'Chè Shan Tuyết Suối Giàng', en: 'Suoi Giang shan tuyet tea' },
    sku: 'SG-100G',
    lotCodePattern: 'SG{yy}-{seq}',
  });
  const catalogOf = (key: string) => used.catalogs.find((catalog) => catalog.key === key)?.id ?? '';
  const hill = await itemRefs(ctx, owner, catalogOf('doi_che'));
  const grower = await itemRefs(ctx, owner, catalogOf('ho_trong'));
  const input = await itemRefs(ctx, owner, catalogOf('vat_tu'));
  const places = [
    { doi: hill('SG-01'), ho: grower('Vàng A Chu') },
    { doi: hill('SG-02'), ho: grower('Giàng Thị Say') },
  ];
  const seasonStart = new Date(ctx.now().getTime() - 60 * 86_400_000).toISOString().slice(0, 10);
  // declared before picking (an estimate), then weighed at picking: the demo shows both figures
  const lots: [declared: number, weighed: number | null][] = [
    [125, 120],
    [80, 80],
    [150, null],
  ];
  for (const [i, [declared, weight]] of lots.entries()) {
    const place = places[i % 2] ?? places[0];
    const lot = await createLot(ctx, owner, { productId: product.id, quantity: declared, unit: 'kg' });
    await recordStage(ctx, owner, lot.id, {
      stageId: 'chon_doi',
      data: { ...place, ngay_bat_dau: seasonStart },
    });
    if (weight === null) continue;
    await recordStage(ctx, owner, lot.id, {
      stageId: 'cham_soc',
      jobId: 'bon_phan',
      data: { loai_phan: input('Phân chuồng hoai'), luong: 40, nguoi_bon: place?.ho },
    });
    await recordStage(ctx, owner, lot.id, { stageId: 'hai_che', data: { khoi_luong: weight } });
  }
}
