import { compileFormModel, newFormField } from '@nguon/forms';
import { apiSession } from './api-session';
import type { Credentials, RunningPlatform } from './platform-process';

/**
 * A process with jobs, published through the API as an owner would design it: planting, then care made of
 * jobs (fertilising twice, spraying any number of times, weeding once if wanted), then harvest, which waits
 * 7 days after the last spraying (refused inside). Care also finishes by itself once harvest is recorded.
 */

export interface JobsLot {
  id: string;
  code: string;
}

const form = (...fields: ReturnType<typeof newFormField>[]) => compileFormModel({ fields, rules: [] });
const text = (key: string, vi: string, en: string) => newFormField('text', key, { vi, en });
const number = (key: string, vi: string, en: string) => newFormField('number', key, { vi, en });

const stage = (id: string, vi: string, en: string, x: number) => ({
  id,
  key: id,
  name: { vi, en },
  kind: 'stage',
  start: false,
  repeatable: false,
  businessStep: null,
  yieldRange: null,
  position: { x, y: 0 },
  form: form(text('ghi_chu', 'Ghi chú', 'Note')),
});

const job = (id: string, key: string, vi: string, en: string, extra: Record<string, unknown>) => ({
  id,
  key,
  name: { vi, en },
  businessStep: null,
  repeatable: false,
  required: false,
  minCount: null,
  ...extra,
});

export function jobsDefinition() {
  const care = {
    ...stage('cham_soc', 'Chăm sóc', 'Care', 200),
    closeWhenFollowed: true,
    jobs: [
      job('j_bon_phan', 'bon_phan', 'Bón phân', 'Fertilising', {
        repeatable: true,
        required: true,
        minCount: 2,
        form: form(
          text('loai_phan', 'Loại phân', 'Fertiliser'),
          number('luong', 'Lượng (kg)', 'Amount (kg)'),
        ),
      }),
      job('j_phun_thuoc', 'phun_thuoc', 'Phun thuốc', 'Spraying', {
        repeatable: true,
        form: form(text('thuoc', 'Tên thuốc', 'Product'), number('lieu', 'Liều (lít)', 'Dose (l)')),
      }),
      job('j_lam_co', 'lam_co', 'Làm cỏ', 'Weeding', { form: form(text('ghi_chu', 'Ghi chú', 'Note')) }),
    ],
  };
  const harvest = {
    ...stage('thu_hoach', 'Thu hoạch', 'Harvest', 400),
    form: form(number('khoi_luong', 'Khối lượng (kg)', 'Weight (kg)')),
    waitingPeriods: [{ afterJobId: 'j_phun_thuoc', days: 7, fieldKey: null, onBreach: 'refuse' }],
  };
  return {
    schemaVersion: 1,
    stages: [{ ...stage('gieo_trong', 'Gieo trồng', 'Planting', 0), start: true }, care, harvest],
    edges: [
      { id: 'e1', source: 'gieo_trong', target: 'cham_soc' },
      { id: 'e2', source: 'cham_soc', target: 'thu_hoach' },
    ],
  };
}

/** Publishes the process, a product following it and one lot with planting recorded: it waits at care. */
export async function makeJobsLot(platform: Pick<RunningPlatform, 'baseUrl'>, owner: Credentials) {
  const api = await apiSession(platform, owner);
  const process = await api.call<{ id: string; draftRevision: number }>('POST', '/api/v1/processes', {
    name: { vi: 'Rau cải', en: 'Mustard greens' },
    productType: 'tea',
  });
  const draft = await api.call<{ revision: number; problems: unknown[] }>(
    'PUT',
    `/api/v1/processes/${process.id}/draft`,
    { revision: process.draftRevision, definition: jobsDefinition() },
  );
  if (draft.problems.length > 0) throw new Error(`problems: ${JSON.stringify(draft.problems)}`);
  await api.call('POST', `/api/v1/processes/${process.id}/versions`, { revision: draft.revision, note: '' });
  const product = await api.call<{ id: string }>('POST', '/api/v1/products', {
    name: { vi: 'Rau cải', en: 'Mustard greens' },
    sku: 'RC-1',
    productType: 'tea',
    processId: process.id,
    lotCodePattern: 'RC{yy}-{seq}',
  });
  const lot = await api.call<JobsLot>('POST', '/api/v1/lots', {
    productId: product.id,
    quantity: 50,
    unit: 'kg',
  });
  await api.call('POST', `/api/v1/lots/${lot.id}/records`, { stageId: 'gieo_trong', data: {} });
  return { id: lot.id, code: lot.code };
}
