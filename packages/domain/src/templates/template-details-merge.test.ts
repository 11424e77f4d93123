import { describe, expect, it } from 'vitest';
import { applyTemplateDetailParts, templateDetailChanges } from './template-details-merge';

interface Catalog {
  key: string;
  name: string;
}
interface Details {
  productType: string;
  name: { vi: string; en: string };
  summary: { vi: string; en: string };
  keywords: string[];
  guide: { vi: string; en: string };
  processName: { vi: string; en: string };
  sampleProduct: { name: { vi: string; en: string }; sku: string };
  stageNotes: Record<string, { vi: string; en: string }>;
  catalogs: Catalog[];
}

const text = (vi: string) => ({ vi, en: vi });
const base: Details = {
  productType: 'tea',
  name: text('Chè'),
  summary: text('Tóm tắt'),
  keywords: ['chè'],
  guide: text('Hướng dẫn'),
  processName: text('Quy trình chè'),
  sampleProduct: { name: text('Chè túi'), sku: 'che' },
  stageNotes: { s1: text('Hái'), s2: text('Sao') },
  catalogs: [
    { key: 'farmers', name: 'Nông hộ' },
    { key: 'plots', name: 'Thửa' },
  ],
};
// latest: summary and guide changed, the plots catalog changed, machines added, farmers removed, note s2 changed,
// note s3 added, note s1 removed
const latest: Details = {
  ...base,
  summary: text('Tóm tắt mới'),
  guide: text('Hướng dẫn mới'),
  stageNotes: { s2: text('Sao kỹ'), s3: text('Đóng gói') },
  catalogs: [
    { key: 'machines', name: 'Máy' },
    { key: 'plots', name: 'Thửa đất' },
  ],
};

const byId = (changes: ReturnType<typeof templateDetailChanges>) =>
  Object.fromEntries(changes.map(({ id, ...change }) => [id, change]));

describe('templateDetailChanges', () => {
  it('lists the parts latest changed against base, each with its kind, and none it kept', () => {
    const changes = templateDetailChanges({ base, latest, draft: base });
    expect(changes.map((change) => change.id)).toEqual([
      'summary',
      'guide',
      'catalog:farmers',
      'catalog:plots',
      'catalog:machines',
      'stageNote:s1',
      'stageNote:s2',
      'stageNote:s3',
    ]);
    expect(byId(changes)).toMatchObject({
      summary: { part: 'summary', key: null, change: 'changed', taken: false, editedHere: false },
      'catalog:farmers': { part: 'catalog', key: 'farmers', change: 'removed' },
      'catalog:plots': { change: 'changed' },
      'catalog:machines': { change: 'added' },
      'stageNote:s1': { part: 'stageNote', key: 's1', change: 'removed' },
      'stageNote:s3': { change: 'added' },
    });
  });

  it('says which parts the draft already holds and which it edited since base', () => {
    const draft: Details = {
      ...base,
      // the same summary as latest, keys in another order: taken, and edited here
      summary: { en: 'Tóm tắt mới', vi: 'Tóm tắt mới' },
      guide: text('Hướng dẫn của tôi'),
      catalogs: [{ key: 'plots', name: 'Thửa' }],
      stageNotes: { s2: text('Sao'), s3: text('Gói') },
    };
    const changes = byId(templateDetailChanges({ base, latest, draft }));
    expect(changes).toMatchObject({
      summary: { taken: true, editedHere: true },
      guide: { taken: false, editedHere: true },
      'catalog:farmers': { taken: true, editedHere: true },
      'catalog:plots': { taken: false, editedHere: false },
      'catalog:machines': { taken: false, editedHere: false },
      'stageNote:s1': { taken: true, editedHere: true },
      'stageNote:s3': { taken: false, editedHere: true },
    });
  });

  it('finds nothing when latest equals base, whatever the draft did', () => {
    expect(templateDetailChanges({ base, latest: base, draft: latest })).toEqual([]);
  });
});

describe('applyTemplateDetailParts', () => {
  const draft: Details = {
    ...base,
    name: text('Chè của tôi'),
    guide: text('Hướng dẫn của tôi'),
    catalogs: [
      { key: 'plots', name: 'Thửa' },
      { key: 'farmers', name: 'Nông hộ' },
      { key: 'own', name: 'Của tôi' },
    ],
    stageNotes: { s1: text('Hái tay'), s2: text('Sao'), mine: text('Của tôi') },
  };

  it('takes the chosen parts from latest and keeps every other as the draft has it', () => {
    const merged = applyTemplateDetailParts({ base, latest, draft }, [
      'summary',
      'catalog:plots',
      'catalog:machines',
      'catalog:farmers',
      'stageNote:s1',
      'stageNote:s3',
    ]);
    expect(merged.summary).toEqual(latest.summary);
    expect(merged.name).toEqual(draft.name);
    expect(merged.guide).toEqual(draft.guide);
    // the draft's order, the changed one in place, the removed one gone, the added one at the end
    expect(merged.catalogs).toEqual([
      { key: 'plots', name: 'Thửa đất' },
      { key: 'own', name: 'Của tôi' },
      { key: 'machines', name: 'Máy' },
    ]);
    expect(merged.stageNotes).toEqual({ s2: text('Sao'), mine: text('Của tôi'), s3: text('Đóng gói') });
  });

  it('takes nothing when nothing is chosen, and leaves its inputs unchanged', () => {
    const before = JSON.stringify(draft);
    expect(applyTemplateDetailParts({ base, latest, draft }, [])).toEqual(draft);
    applyTemplateDetailParts({ base, latest, draft }, ['summary', 'catalog:plots', 'stageNote:s1']);
    expect(JSON.stringify(draft)).toBe(before);
  });

  it('leaves the draft holding latest on every part once all changes are taken', () => {
    const all = templateDetailChanges({ base, latest, draft }).map((change) => change.id);
    const merged = applyTemplateDetailParts({ base, latest, draft }, all);
    expect(templateDetailChanges({ base, latest, draft: merged }).every((change) => change.taken)).toBe(true);
  });
});
