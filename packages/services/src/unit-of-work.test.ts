import { testDrivers } from '@nguon/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceContext } from './context/service-context';
import { runIdempotent } from './idempotency/idempotency.service';
import { systemSources } from './sources/system-sources';
import { createTenant } from './tenants/tenants.service';
import { createServiceKit, type ServiceKit, signedInPerson } from './testing';
import { afterCommit, withUnitOfWork } from './unit-of-work';

const drivers = await testDrivers();
const tenantBody = (name: string) => ({
  name,
  kind: 'coop' as const,
  address: 'Xã A',
  province: 'lao-cai' as const,
});

describe.each(drivers)('unit of work on %s', (driver) => {
  let c: ServiceKit<typeof systemSources>;
  beforeAll(async () => {
    c = await createServiceKit(driver, systemSources);
  });
  afterAll(async () => {
    await c?.close();
  });

  const tenantNames = async (ctx: ServiceContext) =>
    (await ctx.db.selectFrom('tenants').select('name').orderBy('name').execute()).map((r) => r.name);
  const keyCount = async (ctx: ServiceContext) =>
    Number(
      (
        await ctx.db
          .selectFrom('idempotency_keys')
          .select((e) => e.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('nests: an inner unit joins the outer transaction, and both commit together', async () => {
    const person = await signedInPerson(c.ctx, 'nest@htx.test');
    await withUnitOfWork(c.ctx, async (outer) => {
      expect(outer.db.isTransaction).toBe(true);
      await createTenant(outer, person, tenantBody('nest-1'));
      await withUnitOfWork(outer, async (inner) => {
        expect(inner.db).toBe(outer.db);
        await createTenant(inner, person, tenantBody('nest-2'));
      });
      // nothing is visible outside before the outer unit ends (PostgreSQL only: PGlite has one session)
      if (driver === 'postgres') expect(await tenantNames(c.ctx)).not.toContain('nest-1');
    });
    expect(await tenantNames(c.ctx)).toEqual(expect.arrayContaining(['nest-1', 'nest-2']));
  });

  it('rolls back the inner and outer writes together on an error anywhere', async () => {
    const person = await signedInPerson(c.ctx, 'rollback@htx.test');
    const failing = withUnitOfWork(c.ctx, async (outer) => {
      await createTenant(outer, person, tenantBody('lost-1'));
      await withUnitOfWork(outer, async (inner) => {
        await createTenant(inner, person, tenantBody('lost-2'));
      });
      throw new Error('boom');
    });
    await expect(failing).rejects.toThrow('boom');
    const inner = withUnitOfWork(c.ctx, async (outer) => {
      await createTenant(outer, person, tenantBody('lost-3'));
      await withUnitOfWork(outer, () => Promise.reject(new Error('inner boom')));
    });
    await expect(inner).rejects.toThrow('inner boom');
    expect((await tenantNames(c.ctx)).filter((n) => n.startsWith('lost-'))).toEqual([]);
  });

  it('commits an idempotent write that calls a unit-of-work service once, without hanging', async () => {
    const person = await signedInPerson(c.ctx, 'idem@htx.test');
    const request = { endpoint: 'createTenant', key: 'key-1', input: tenantBody('idem') };
    const write = (ctx: ServiceContext) => createTenant(ctx, person, tenantBody('idem'));
    const first = await runIdempotent(c.ctx, person, request, 201, write);
    const again = await runIdempotent(c.ctx, person, request, 201, write);
    expect([first.replayed, again.replayed]).toEqual([false, true]);
    expect(again.body).toEqual(first.body);
    expect((await tenantNames(c.ctx)).filter((n) => n === 'idem')).toHaveLength(1);
  }, 15_000);

  it('rolls back an idempotent write and its key when the service fails after writing', async () => {
    const person = await signedInPerson(c.ctx, 'idem-fail@htx.test');
    const before = await keyCount(c.ctx);
    const request = { endpoint: 'createTenant', key: 'key-2', input: tenantBody('idem-lost') };
    const outcome = runIdempotent(c.ctx, person, request, 201, async (ctx) => {
      await createTenant(ctx, person, tenantBody('idem-lost'));
      throw new Error('after the write');
    });
    await expect(outcome).rejects.toThrow('after the write');
    expect(await tenantNames(c.ctx)).not.toContain('idem-lost');
    expect(await keyCount(c.ctx)).toBe(before);
  }, 15_000);

  it('runs after-commit hooks once the outermost unit commits, never after a rollback, at once outside a unit', async () => {
    const person = await signedInPerson(c.ctx, 'hooks@htx.test');
    const ran: string[] = [];
    afterCommit(c.ctx, () => ran.push('outside'));
    expect(ran).toEqual(['outside']);
    await withUnitOfWork(c.ctx, async (outer) => {
      await createTenant(outer, person, tenantBody('hooked'));
      afterCommit(outer, () => ran.push('outer'));
      await withUnitOfWork(outer, async (inner) => afterCommit(inner, () => ran.push('inner')));
      expect(ran).toEqual(['outside']);
    });
    expect(ran).toEqual(['outside', 'outer', 'inner']);
    const failing = withUnitOfWork(c.ctx, async (unit) => {
      afterCommit(unit, () => ran.push('lost'));
      throw new Error('boom');
    });
    await expect(failing).rejects.toThrow('boom');
    expect(ran).toEqual(['outside', 'outer', 'inner']);
  });
});
