import { listChainRecords, lockLots } from '@nguon/db';
import { testDrivers } from '@nguon/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTwoFarms, newLot, plotOf, refusalOf, stageOf, type TwoFarms } from '../testing';
import { recordContentOf } from './lot-views';
import { appendRecords, newRecordDraft } from './record-chain';
import { correctRecord, recordStage } from './record-stage';
import { verifyRecordChains } from './record-verification.service';

/** Nested `depth` objects deep around a leaf. */
const nested = (depth: number, leaf: unknown): unknown =>
  depth === 0 ? leaf : { [`l${depth}`]: nested(depth - 1, leaf) };

/** Values JSON text, jsonb and the canonical form could each write differently. */
const awkward: [string, unknown][] = [
  ['astral and emoji', 'Thu hoạch 🌾😀 𝄞 đợt 1'],
  ['U+2028 and U+2029', 'a\u2028b\u2029c'],
  ['escapes', '"quoted" \\ back\tslash\n\r\b\f \u0001 \u001f \u007f </script>'],
  ['a tiny number', 1e-7],
  ['a huge number', 1e21],
  ['the smallest double', 5e-324],
  ['the largest double', Number.MAX_VALUE],
  ['minus zero', -0],
  ['0.1 + 0.2', 0.1 + 0.2],
  ['2^53 + 1, as JSON.parse reads it', JSON.parse('9007199254740993')],
  ['a long decimal', JSON.parse('3.14159265358979323846264338327950288')],
  ['a negative fraction', -0.0000033333333333333333],
  ['keys sorted by UTF-16, not by code point', { '\uFFFD': 'replacement', '\u{1F600}': 'grin', é: 1, e: 2 }],
  ['keys jsonb sorts by length first', { bbb: 1, a: 2, cc: 3, '': 4 }],
  ['deep nesting', nested(60, [1, 'x', null, false])],
  ['unnormalised Unicode kept as sent', 'A\u030a Å ḍ̇'],
];

describe.each(await testDrivers())('what a record hashes is what jsonb gives back, on %s', (driver) => {
  let farms: TwoFarms;
  beforeAll(async () => {
    farms = await createTwoFarms(driver, ['Chuoi', 'Khac']);
  });
  afterAll(async () => {
    await farms.kit.close();
  });

  it('stores awkward values, reads them back and verifies the chain with no fault', async () => {
    const { kit, tenant, farm } = farms;
    const lot = await newLot(kit.ctx, tenant, farm);
    const first = await recordStage(kit.ctx, tenant.as.clerk, lot.id, {
      stageId: 'plant',
      data: { plot: plotOf(farm), note: 'Gieo sạ 🌱\u2028dòng 2' },
    });
    const [locked] = await lockLots(kit.ctx.db, tenant.id, [lot.id]);
    if (!locked) throw new Error('lot not found');
    const stage = stageOf('irrigate', []);
    const drafts = awkward.map(([name, value], i) =>
      newRecordDraft({
        id: kit.ctx.newId(),
        stage,
        versionId: first.processVersionId,
        by: tenant.userIds.clerk,
        now: kit.ctx.now(),
        data: { name, value, [`k${i}`]: [value, { value }] },
        eventTime: kit.ctx.now(),
        location: { lat: -0, lon: 105.7469, accuracy: 1e-7 },
      }),
    );
    const written = await appendRecords(kit.ctx.db, locked, drafts, {
      remaining: locked.remaining,
      status: locked.status,
    });
    const readBack = (await listChainRecords(kit.ctx.db, [lot.id]))
      .slice(1)
      .map((row) => recordContentOf(row));
    expect(readBack.map((r) => r.data)).toEqual(written.map((r) => JSON.parse(JSON.stringify(r.data))));
    const corrected = await correctRecord(
      kit.ctx,
      tenant.as.clerk,
      { id: lot.id, recordId: first.id },
      { data: { plot: plotOf(farm), note: 'sửa 😀' }, reason: 'gõ nhầm \u2029 «dòng» 𝄞' },
    );
    expect(corrected.reason).toBe('gõ nhầm \u2029 «dòng» 𝄞');
    const verification = await verifyRecordChains(kit.ctx.db, tenant.id, kit.ctx.now());
    expect(verification.faults).toEqual([]);
    expect(verification.records).toBeGreaterThanOrEqual(awkward.length + 2);
  });

  it('refuses a lone surrogate or a NUL before hashing, with a coded 400 and its path, storing nothing', async () => {
    const { kit, tenant, farm } = farms;
    const lot = await newLot(kit.ctx, tenant, farm);
    const first = await recordStage(kit.ctx, tenant.as.clerk, lot.id, {
      stageId: 'plant',
      data: { plot: plotOf(farm) },
    });
    const attempts: [Record<string, unknown>, string, string][] = [
      [{ plot: plotOf(farm), note: 'ok' }, 'typo \ud800 fixed', '/reason'],
      [{ plot: plotOf(farm), note: 'typo \udc00' }, 'ok', '/data/note'],
      [{ plot: plotOf(farm), note: 'nul \u0000' }, 'ok', '/data/note'],
      [{ plot: plotOf(farm) }, 'nul \u0000', '/reason'],
    ];
    for (const [data, reason, path] of attempts) {
      const refused = await refusalOf(
        correctRecord(kit.ctx, tenant.as.clerk, { id: lot.id, recordId: first.id }, { data, reason }),
      );
      expect([refused.code, refused.path]).toEqual(['VALIDATION_FAILED', path]);
    }
    expect(await listChainRecords(kit.ctx.db, [lot.id])).toHaveLength(1);
    const verification = await verifyRecordChains(kit.ctx.db, tenant.id, kit.ctx.now());
    expect(verification.faults).toEqual([]);
  });
});
