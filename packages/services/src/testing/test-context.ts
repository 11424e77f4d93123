import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { insertUser } from '@nguon/db';
import type { TestDatabase } from '@nguon/db/testing';
import type { PersonPrincipal } from '../auth/principal';
import { defaultServiceConfig, type ServiceContext, type Sources } from '../context';
import { createLocalFileStore } from '../files/local-file-store';
import { createInlineQueue } from '../jobs/inline.queue';

export interface TestContext {
  ctx: ServiceContext;
  close(): Promise<void>;
}

/** A whole service context over a test database, an inline queue and a temporary file store. */
export async function createTestContext(t: TestDatabase, sources: Sources): Promise<TestContext> {
  const root = await mkdtemp(join(tmpdir(), 'nguon-services-'));
  const queue = createInlineQueue({ now: () => sources.now().getTime(), newId: sources.newId });
  const ctx: ServiceContext = {
    ...sources,
    db: t.db,
    driver: t.driver,
    queue,
    files: createLocalFileStore(root),
    config: { ...defaultServiceConfig, sessionSecret: 'test-secret', publicBaseUrl: 'https://nguon.test' },
  };
  return {
    ctx,
    async close() {
      await queue.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}

/** A signed-in person with no tenant yet, stored so memberships can refer to them. */
export async function signedInPerson(ctx: ServiceContext, email: string): Promise<PersonPrincipal> {
  const user = await insertUser(ctx.db, {
    id: ctx.newId(),
    name: 'A',
    email,
    phone: null,
    passwordHash: null,
    now: ctx.now(),
  });
  return {
    kind: 'person',
    userId: user.id,
    sessionIdHash: 'session',
    csrfToken: 'csrf',
    tenantId: null,
    role: null,
    platformRoles: [],
    inspectorProvinces: [],
  };
}
