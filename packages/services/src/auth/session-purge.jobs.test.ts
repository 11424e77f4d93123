import { randomUUID } from 'node:crypto';
import { insertSession, insertUser } from '@nguon/db';
import { createTestDatabase, type TestDatabase, testDrivers } from '@nguon/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultServiceConfig, type ServiceContext } from '../context/service-context';
import { createLocalFileStore } from '../file-store/local-file-store';
import { createInlineQueue } from '../jobs/inline.queue';
import { systemSources } from '../sources/system-sources';
import { createInProcessPublicChanges } from '../trace/in-process.public-changes';
import { enqueueSessionPurge, purgeExpiredSessionsJob } from './session-purge.jobs';

const drivers = await testDrivers();

describe.each(drivers)('session purge job on %s', (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(driver);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('deletes expired sessions only, once per hour whoever enqueues it', async () => {
    const now = new Date('2026-11-25T10:30:00Z');
    const user = await insertUser(t.db, {
      id: randomUUID(),
      name: 'A',
      email: 'purge@htx.test',
      phone: null,
      passwordHash: null,
      now,
    });
    const session = (idHash: string, expiresAt: Date) =>
      insertSession(t.db, { idHash, userId: user.id, currentTenantId: null, csrfToken: 'c', expiresAt });
    await session('old', new Date('2026-11-25T10:00:00Z'));
    await session('live', new Date('2026-11-25T11:00:00Z'));

    // Composed by hand: auth/ sits below composition/, which lists this job.
    const ctx: ServiceContext = {
      db: t.db,
      driver,
      queue: createInlineQueue(),
      files: createLocalFileStore('/nonexistent'),
      publicChanges: createInProcessPublicChanges(),
      ...systemSources,
      now: () => now,
      config: { ...defaultServiceConfig, sessionSecret: 'x'.repeat(32), publicBaseUrl: 'http://nguon.test' },
    };
    ctx.queue.register(purgeExpiredSessionsJob.name, purgeExpiredSessionsJob.processorFor(ctx));
    await ctx.queue.start();
    const first = await enqueueSessionPurge(ctx);
    const second = await enqueueSessionPurge({ ...ctx, now: () => new Date('2026-11-25T10:59:00Z') });
    expect(second.id).toBe(first.id);
    const done = await ctx.queue.waitFor(first.id, 10_000);
    await ctx.queue.close();

    expect([done.state, done.result]).toEqual(['completed', { deleted: 1 }]);
    const left = await t.db.selectFrom('sessions').select('id_hash').where('user_id', '=', user.id).execute();
    expect(left.map((r) => r.id_hash)).toEqual(['live']);
  });
});
