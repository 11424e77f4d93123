import { insertFile } from '@nguon/db';
import { testDrivers } from '@nguon/db/testing';
import { type FieldType, type FormField, fieldTypes } from '@nguon/forms';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLot } from '../lots/lots.service';
import { recordStage } from '../lots/record-stage';
import { createTwoFarms, type FarmKit, field, type ServiceKit, stageOf, type TenantKit } from '../testing';
import { loadPublicTrace } from './public-trace.service';

const gtin = '08938500000010';

/** A small seeded generator (mulberry32): the same seed makes the same forms, so a failure replays. */
function seeded(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    coin: () => next() < 0.5,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
  };
}

/** Every field type but the repeating group (built apart). */
const leafTypes: FieldType[] = fieldTypes.filter((type) => type !== 'group');
const choices = [
  { value: 'a', label: { vi: 'Lựa chọn A', en: 'Choice A' } },
  { value: 'b', label: { vi: 'Lựa chọn B', en: 'Choice B' } },
];
const privateChoices = choices.map((c) => ({ ...c, label: { vi: `SECRET ${c.value}`, en: 'SECRET' } }));
// what a private value may be recognised by in the JSON, whatever the language it is worded in
const markers = ['hidden', 'SECRET', '97531', '13579', '1901', '12.34567', '98.76543'];

describe.each(await testDrivers())('the public trace of random forms on %s', (driver) => {
  let kit: ServiceKit;
  let tenant: TenantKit;
  let farm: FarmKit;
  const files = { publicImage: '', privateImage: '' };

  const image = async () => {
    const id = kit.ctx.newId();
    const variants = ['original', 'thumb', 'large'].map((name) => ({
      name,
      key: `${id}/${name}`,
      contentType: 'image/webp',
      byteSize: 10,
      width: 10,
      height: 10,
    }));
    await insertFile(kit.ctx.db, {
      id,
      tenantId: tenant.id,
      purpose: 'photo',
      contentType: 'image/jpeg',
      byteSize: 10,
      sha256: 'b'.repeat(64),
      public: false,
      originalName: null,
      variants,
      createdBy: null,
      now: kit.ctx.now(),
    });
    return id;
  };

  /** One field of a type, public or not, with a value whose every trace is a marker when private. */
  function leaf(type: FieldType, isPublic: boolean, key: string): [FormField, unknown] {
    const made = field(type, key, {
      public: isPublic,
      label: { vi: isPublic ? `Trường ${key}` : `SECRET ${key}`, en: '' },
      ...(type === 'number' ? { unit: 'kg' } : {}),
      ...(type === 'choice' || type === 'multiChoice'
        ? { choices: isPublic ? choices : privateChoices }
        : {}),
      ...(type === 'catalog' ? { catalogId: farm.catalogId } : {}),
    });
    const values: Record<FieldType, [unknown, unknown]> = {
      text: ['lúa tốt', 'SECRET text'],
      longText: ['<b>đậm</b>', 'SECRET long'],
      integer: [12, 97531],
      number: [2.5, 13579.25],
      date: ['2026-01-31', '1901-01-01'],
      dateTime: ['2026-01-31T10:00:00Z', '1901-01-01T10:00:00Z'],
      choice: ['a', 'b'],
      multiChoice: [['a'], ['a', 'b']],
      yesNo: [true, false],
      catalog: [
        { id: farm.plotItemId, label: 'A-01' },
        { id: farm.plotItemId, label: 'SECRET plot' },
      ],
      photos: [[files.publicImage], [files.privateImage]],
      gps: [
        { lat: 10, lon: 106 },
        { lat: 12.34567, lon: 98.76543 },
      ],
      signature: [files.privateImage, files.privateImage],
      file: [files.privateImage, files.privateImage],
      heading: [null, null],
      group: [[], []],
    };
    return [made, values[type][isPublic ? 0 : 1]];
  }

  function randomForm(seed: number): { fields: FormField[]; data: Record<string, unknown> } {
    const random = seeded(seed);
    const entries = leafTypes.map((type, i) => leaf(type, random.coin(), `${random.coin() ? 'p' : 'q'}${i}`));
    const groupPublic = random.coin();
    const subs = (['text', 'number', 'choice'] as const).map((type, j) => leaf(type, random.coin(), `s${j}`));
    const group = field('group', 'grp', {
      public: groupPublic,
      label: { vi: groupPublic ? 'Nhóm' : 'SECRET group', en: '' },
      fields: subs.map(([sub]) => sub),
    });
    // inside a private group even a public sub-field is private: its values carry markers
    const row = Object.fromEntries(
      subs.map(([sub, value]) => [sub.key, !groupPublic && sub.type === 'text' ? `SECRET${value}` : value]),
    );
    const all: [FormField, unknown][] = [...entries, [group, [row, row]]];
    // private keys carry the marker too
    const renamed = all.map(([f, v]): [FormField, unknown] => [
      f.public ? f : { ...f, key: `hidden${f.key}` },
      v,
    ]);
    const shuffled = renamed.sort(() => (random.coin() ? 1 : -1));
    return {
      fields: shuffled.map(([f]) => f),
      data: Object.fromEntries(shuffled.filter(([f]) => f.type !== 'heading').map(([f, v]) => [f.key, v])),
    };
  }

  beforeAll(async () => {
    ({ kit, tenant, farm } = await createTwoFarms(driver, ['Ngau', 'Nhien']));
    files.publicImage = await image();
    files.privateImage = await image();
    await kit.ctx.db.updateTable('products').set({ gtin }).where('id', '=', farm.productId).execute();
  });
  afterAll(async () => {
    await kit.close();
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('seed %i: no private key or value reaches the trace', async (seed) => {
    const { fields, data } = randomForm(seed);
    await farm.publish({
      schemaVersion: 1,
      stages: [stageOf('observe', fields, { start: true })],
      edges: [],
    });
    const lot = await createLot(kit.ctx, tenant.as.clerk, {
      productId: farm.productId,
      quantity: 10,
      unit: 'kg',
    });
    await recordStage(kit.ctx, tenant.as.clerk, lot.id, { stageId: 'observe', data });
    const answer = await loadPublicTrace(kit.ctx, { kind: 'lot', gtin14: gtin, lot: lot.code });
    if (!answer.found) throw new Error('lot not found');
    const json = JSON.stringify(answer.trace);
    for (const marker of markers) expect(json, `seed ${seed}`).not.toContain(marker);
    expect(json).not.toContain(files.privateImage);
    // every public field with a value shows (photos of a public field went public with the record)
    const shownKeys = answer.trace.lot?.timeline.flatMap((stage) => stage.fields.map((f) => f.key)) ?? [];
    const expected = fields.filter(
      (f) => f.public && !['heading', 'signature', 'file', 'group'].includes(f.type),
    );
    for (const f of expected) expect(shownKeys).toContain(f.key);
  });
});
