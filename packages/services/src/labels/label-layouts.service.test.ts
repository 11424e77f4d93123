import type { CreateLabelLayoutBody } from '@nguon/contracts';
import { testDrivers } from '@nguon/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServiceKit, createTenantKit, refusalOf, type ServiceKit, type TenantKit } from '../testing';
import {
  archiveLayoutOfTenant,
  changeLabelLayout,
  createLabelLayout,
  findLayoutForPrinting,
  listLayoutsOfTenant,
  longestLabelQrModules,
} from './label-layouts.service';

const body = (overrides: Partial<CreateLabelLayoutBody> = {}): CreateLabelLayoutBody => ({
  name: 'Tem chai 60 × 40',
  pageWidthMm: 210,
  pageHeightMm: 297,
  labelWidthMm: 60,
  labelHeightMm: 40,
  columns: 3,
  rows: 7,
  marginTopMm: 8,
  marginLeftMm: 12,
  gapXMm: 3,
  gapYMm: 0,
  ...overrides,
});

describe.each(await testDrivers())('label layouts on %s', (driver) => {
  let kit: ServiceKit;
  let a: TenantKit;
  let b: TenantKit;

  beforeAll(async () => {
    kit = await createServiceKit(driver);
    a = await createTenantKit(kit.ctx, 'A');
    b = await createTenantKit(kit.ctx, 'B');
  });
  afterAll(async () => {
    await kit?.close();
  });

  const stored = async () =>
    kit.ctx.db.selectFrom('label_layouts').selectAll().orderBy('created_at').orderBy('id').execute();

  it('lists the built-in layouts first, then saves, changes and archives the account’s own', async () => {
    const before = await listLayoutsOfTenant(kit.ctx, a.as.viewer);
    expect(before.items.every((item) => item.builtIn && item.qrReadable)).toBe(true);
    const created = await createLabelLayout(kit.ctx, a.as.owner, body());
    expect(created).toMatchObject({ builtIn: false, name: { vi: 'Tem chai 60 × 40' }, labelsPerPage: 21 });
    const { name, ...numbers } = body();
    expect([created.name.en, created.layout]).toEqual([name, numbers]);
    const changed = await changeLabelLayout(kit.ctx, a.as.owner, created.id, { rows: 6, name: 'Tem chai' });
    expect([changed.name.vi, changed.layout.rows, changed.labelsPerPage]).toEqual(['Tem chai', 6, 18]);
    const list = await listLayoutsOfTenant(kit.ctx, a.as.clerk);
    expect(list.items.at(-1)).toEqual(changed);
    expect(await findLayoutForPrinting(kit.ctx, a.id, created.id)).toEqual(changed.layout);
    expect((await findLayoutForPrinting(kit.ctx, a.id, 'roll-50x30')).columns).toBe(1);
    await archiveLayoutOfTenant(kit.ctx, a.as.owner, created.id);
    expect((await listLayoutsOfTenant(kit.ctx, a.as.owner)).items).toHaveLength(before.items.length);
    expect((await refusalOf(findLayoutForPrinting(kit.ctx, a.id, created.id))).code).toBe('NOT_FOUND');
    // the name is free again once archived
    await createLabelLayout(kit.ctx, a.as.owner, body({ name: 'Tem chai' }));
  });

  it.each<[string, Partial<CreateLabelLayoutBody>, string, string]>([
    ['labels wider than the page', { columns: 4 }, 'LABEL_LAYOUT_DOES_NOT_FIT', '/columns'],
    ['rows below the page', { marginTopMm: 30 }, 'LABEL_LAYOUT_DOES_NOT_FIT', '/rows'],
    ['a label too small for the QR', { labelHeightMm: 14 }, 'LABEL_QR_TOO_SMALL', '/labelHeightMm'],
    ['a fractional row count', { rows: 2.5 }, 'LABEL_LAYOUT_BAD_GRID', '/rows'],
    ['a negative gap', { gapXMm: -1 }, 'LABEL_LAYOUT_BAD_NUMBER', '/gapXMm'],
  ])('refuses %s, storing nothing', async (_name, overrides, code, path) => {
    const before = await stored();
    const refusal = await refusalOf(
      createLabelLayout(kit.ctx, a.as.owner, body({ name: code, ...overrides })),
    );
    expect([refusal.code, refusal.path]).toEqual([code, path]);
    expect(await stored()).toEqual(before);
  });

  it('names the sizes in a QR refusal', async () => {
    const refusal = await refusalOf(createLabelLayout(kit.ctx, a.as.owner, body({ labelHeightMm: 14 })));
    const modules = longestLabelQrModules(kit.ctx.config.publicBaseUrl);
    expect(refusal.params).toMatchObject({
      minModuleMm: { vi: '0,4', en: '0.4' },
      neededSideMm: { en: String(0.4 * (modules + 8)) },
    });
  });

  it('refuses a name the account already uses, in any letter case, but not one another account uses', async () => {
    await createLabelLayout(kit.ctx, a.as.owner, body({ name: 'Cuộn 58' }));
    const refusal = await refusalOf(createLabelLayout(kit.ctx, a.as.owner, body({ name: 'CUỘN 58' })));
    expect([refusal.code, refusal.path]).toEqual(['LABEL_LAYOUT_NAME_TAKEN', '/name']);
    await createLabelLayout(kit.ctx, b.as.owner, body({ name: 'Cuộn 58' }));
  });

  it('lets only owners write, and never another account’s layout', async () => {
    const mine = await createLabelLayout(kit.ctx, a.as.owner, body({ name: 'Của A' }));
    expect((await refusalOf(createLabelLayout(kit.ctx, a.as.clerk, body({ name: 'X' })))).code).toBe(
      'FORBIDDEN',
    );
    expect((await refusalOf(archiveLayoutOfTenant(kit.ctx, a.as.viewer, mine.id))).code).toBe('FORBIDDEN');
    const before = await stored();
    expect((await refusalOf(changeLabelLayout(kit.ctx, b.as.owner, mine.id, { rows: 1 }))).code).toBe(
      'NOT_FOUND',
    );
    expect((await refusalOf(archiveLayoutOfTenant(kit.ctx, b.as.owner, mine.id))).code).toBe('NOT_FOUND');
    expect((await refusalOf(findLayoutForPrinting(kit.ctx, b.id, mine.id))).code).toBe('NOT_FOUND');
    expect((await listLayoutsOfTenant(kit.ctx, b.as.owner)).items.some((item) => item.id === mine.id)).toBe(
      false,
    );
    expect(await stored()).toEqual(before);
  });

  it('checks a change whole: a PATCH that breaks the fit is refused and changes nothing', async () => {
    const layout = await createLabelLayout(kit.ctx, a.as.owner, body({ name: 'Vừa khít' }));
    const refusal = await refusalOf(changeLabelLayout(kit.ctx, a.as.owner, layout.id, { labelWidthMm: 70 }));
    expect(refusal.code).toBe('LABEL_LAYOUT_DOES_NOT_FIT');
    expect(
      (await listLayoutsOfTenant(kit.ctx, a.as.owner)).items.find((item) => item.id === layout.id),
    ).toEqual(layout);
  });
});
