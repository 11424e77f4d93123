import { testDrivers } from '@nguon/db/testing';
import { formatLabelCode } from '@nguon/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTwoFarms,
  type FarmKit,
  insertLabelBatch,
  mistyped,
  newLot,
  refusalOf,
  type ServiceKit,
  type TenantKit,
  unknownSerial,
} from '../testing';
import { activateLabels } from './label-activations.service';
import { getLabel } from './label-history.service';
import { voidLabels } from './label-voids.service';

describe.each(await testDrivers())('a label’s state and history on %s', (driver) => {
  let kit: ServiceKit;
  let tenant: TenantKit;
  let other: TenantKit;
  let farm: FarmKit;

  beforeAll(async () => {
    ({ kit, tenant, other, farm } = await createTwoFarms(driver, ['Lich', 'Khac']));
  });
  afterAll(async () => {
    await kit.close();
  });

  it('tells the story of one label: printed, bound to a lot by a clerk, voided by the owner', async () => {
    const batch = await insertLabelBatch(kit.ctx, tenant, { quantity: 3, productId: farm.productId });
    const lot = await newLot(kit.ctx, tenant, farm);
    const serial = batch.serials[1] ?? '';
    const printed = await getLabel(kit.ctx, tenant.as.clerk, formatLabelCode(serial).toLowerCase());
    expect(printed).toMatchObject({
      serial,
      code: formatLabelCode(serial),
      url: `https://nguon.test/q/${serial}`,
      state: 'generated',
      batch: { id: batch.id, number: batch.number },
      seq: 2,
      product: { id: farm.productId },
      lot: null,
    });
    expect(printed.history).toEqual([
      {
        kind: 'generated',
        at: expect.any(String),
        actor: { id: tenant.userIds.owner, name: expect.any(String) },
      },
    ]);
    await activateLabels(kit.ctx, tenant.as.clerk, {
      lotId: lot.id,
      labels: { batchId: batch.id, firstSeq: 1, lastSeq: 3 },
    });
    kit.sources.advance(60_000);
    // a void of the neighbours leaves this label's story alone
    await voidLabels(kit.ctx, tenant.as.owner, {
      labels: { serials: [batch.serials[0] ?? ''] },
      reason: 'lost',
    });
    await voidLabels(kit.ctx, tenant.as.owner, {
      labels: { serials: [serial] },
      reason: 'damaged',
      note: 'rách',
    });
    const story = await getLabel(kit.ctx, tenant.as.clerk, serial);
    expect([story.state, story.lot?.code]).toEqual(['voided', lot.code]);
    expect(
      story.history.map((entry) => [
        entry.kind,
        entry.actor?.id,
        entry.lot?.code ?? null,
        entry.reason ?? null,
      ]),
    ).toEqual([
      ['generated', tenant.userIds.owner, null, null],
      ['activated', tenant.userIds.clerk, lot.code, null],
      ['voided', tenant.userIds.owner, null, 'damaged'],
    ]);
    expect(story.history[2]?.note).toBe('rách');
  });

  it('answers a mistyped code with 422, and an unknown code and another tenant’s label with the same 404', async () => {
    const theirs = await insertLabelBatch(kit.ctx, other, { quantity: 1 });
    const mine = await insertLabelBatch(kit.ctx, tenant, { quantity: 1 });
    const typo = await refusalOf(getLabel(kit.ctx, tenant.as.clerk, mistyped(mine.serials[0] ?? '')));
    const unknown = await refusalOf(getLabel(kit.ctx, tenant.as.clerk, unknownSerial()));
    const foreign = await refusalOf(getLabel(kit.ctx, tenant.as.clerk, theirs.serials[0] ?? ''));
    expect([typo.code, unknown.code, foreign.code]).toEqual([
      'LABEL_SERIAL_CHECK_FAILED',
      'LABEL_NOT_FOUND',
      'LABEL_NOT_FOUND',
    ]);
    expect([unknown.path, Object.keys(unknown.params)]).toEqual([foreign.path, Object.keys(foreign.params)]);
    expect((await refusalOf(getLabel(kit.ctx, tenant.as.viewer, mine.serials[0] ?? ''))).code).toBe(
      'FORBIDDEN',
    );
  });
});
