import { randomUUID } from 'node:crypto';
import { testDrivers } from '@nguon/db/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson, createTenantFixture, PASSWORD, type TenantFixture } from '../testing/fixtures';
import { HttpAgent, signedInAgent } from '../testing/http-agent';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';

const drivers = await testDrivers();
const DAY_MS = 24 * 3600 * 1000;

describe.each(drivers)('signed-in answers and session lifetime on %s', (driver) => {
  let t: TestPlatform;
  let a: TenantFixture;
  beforeAll(async () => {
    t = await startTestPlatform(driver);
    a = await createTenantFixture(t.platform.ctx, 'Cache');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('sends no-store on every answer to a session or token, errors included; anonymous ones keep theirs', async () => {
    const owner = await signedInAgent(t.baseUrl, a.people.owner.login, PASSWORD);
    const token = new HttpAgent(t.baseUrl, a.tokens.viewer.secret);
    const forged = new HttpAgent(t.baseUrl);
    forged.cookie = 'nguon_session=forged';
    const answers = [
      await owner.request('GET', '/api/v1/auth/session'),
      await owner.request('GET', '/api/v1/staff'),
      await owner.request('GET', '/api/v1/no-such-route'),
      await owner.request('PATCH', '/api/v1/tenant', { body: { gln: '123' } }),
      await token.request('GET', '/api/v1/staff'),
      await token.request('PATCH', '/api/v1/tenant', { body: { phone: '0911111111' } }),
      await forged.request('GET', '/api/v1/auth/session-state'),
      await forged.request('GET', '/api/v1/auth/session'),
    ];
    expect(answers.map((answer) => [answer.status, answer.headers.get('cache-control')])).toEqual([
      [200, 'no-store'],
      [200, 'no-store'],
      [404, 'no-store'],
      [400, 'no-store'],
      [200, 'no-store'],
      [403, 'no-store'],
      [200, 'no-store'],
      [401, 'no-store'],
    ]);
    const anonymous = await new HttpAgent(t.baseUrl).request('GET', '/api/v1/sign-up');
    expect([anonymous.status, anonymous.headers.get('cache-control')]).toEqual([200, null]);
  });

  const sessionOf = async (login: string) => {
    await createPerson(t.platform.ctx, login);
    const agent = await signedInAgent(t.baseUrl, login, PASSWORD);
    const row = await t.platform.ctx.db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .select('sessions.id_hash')
      .where('users.email', '=', login)
      .executeTakeFirstOrThrow();
    return { agent, idHash: row.id_hash };
  };
  const age = (idHash: string, createdDaysAgo: number, lastSeenMinutesAgo: number) =>
    sql`UPDATE sessions SET created_at = now() - make_interval(days => ${createdDaysAgo}),
        last_seen_at = now() - make_interval(mins => ${lastSeenMinutesAgo})
        WHERE id_hash = ${idHash}`.execute(t.platform.ctx.db);

  it('ends a session 30 days after sign-in however busy it is (SESSION_EXPIRED)', async () => {
    const { agent, idHash } = await sessionOf(`old.${randomUUID().slice(0, 8)}@htx.test`);
    await age(idHash, 31, 1);
    const expired = await agent.request('GET', '/api/v1/auth/session', {
      storesOnRefusal: 'an expired session is deleted',
    });
    expect([expired.status, expired.body.code]).toEqual([401, 'SESSION_EXPIRED']);
    const left = await t.platform.ctx.db
      .selectFrom('sessions')
      .select('id_hash')
      .where('id_hash', '=', idHash);
    expect(await left.execute()).toEqual([]);
  });

  it('slides the expiry no further than the absolute lifetime, so the hourly purge finds it', async () => {
    const { agent, idHash } = await sessionOf(`busy.${randomUUID().slice(0, 8)}@htx.test`);
    await age(idHash, 29, 10);
    expect((await agent.request('GET', '/api/v1/auth/session')).status).toBe(200);
    const row = await t.platform.ctx.db
      .selectFrom('sessions')
      .select(['created_at', 'expires_at'])
      .where('id_hash', '=', idHash)
      .executeTakeFirstOrThrow();
    expect(row.expires_at.getTime()).toBeLessThanOrEqual(row.created_at.getTime() + 30 * DAY_MS + 1000);
    expect(row.expires_at.getTime()).toBeLessThan(Date.now() + 2 * DAY_MS);
  });
});
