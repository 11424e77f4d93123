import { randomUUID } from 'node:crypto';
import { testDrivers } from '@nguon/db/testing';
import { passwordWorkStats } from '@nguon/services';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson, PASSWORD } from '../testing/fixtures';
import { HttpAgent } from '../testing/http-agent';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';

const drivers = await testDrivers();
const counted = 'a refused attempt counts towards the throttle';

/** One attempt from a given client address, as a trusted proxy would report it. */
function from(t: TestPlatform, address: string | undefined, path: string, body: unknown) {
  const headers: Record<string, string> = address ? { 'x-forwarded-for': address } : {};
  return new HttpAgent(t.baseUrl).request('POST', path, { body, headers, storesOnRefusal: counted });
}
const signInFrom = (t: TestPlatform, address: string | undefined, login: string, password: string) =>
  from(t, address, '/api/v1/auth/sign-in', { login, password });
const setPasswordFrom = (t: TestPlatform, address: string | undefined, code: string) =>
  from(t, address, '/api/v1/auth/set-password', { code, password: 'Mat-khau-moi-2026-dai' });

const newLogin = () => `thr.${randomUUID().slice(0, 8)}@htx.test`;

describe.each(drivers)('sign-in and set-password throttles behind a named proxy on %s', (driver) => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform(driver, { trustProxy: ['loopback'] });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('of 30 parallel wrong guesses exactly the limit reach the password check', async () => {
    const login = newLogin();
    await createPerson(t.platform.ctx, login);
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) => signInFrom(t, '198.51.100.7', login, `wrong-${i}`)),
    );
    const codes = answers.map((answer) => answer.body.code);
    expect(codes.filter((code) => code === 'INVALID_CREDENTIALS')).toHaveLength(10);
    expect(codes.filter((code) => code === 'TOO_MANY_ATTEMPTS')).toHaveLength(20);
  });

  it('wrong passwords from elsewhere never lock the owner out of their usual address', async () => {
    const login = newLogin();
    await createPerson(t.platform.ctx, login);
    const home = '203.0.113.10';
    expect((await signInFrom(t, home, login, PASSWORD)).status).toBe(200);
    for (let i = 0; i < 10; i++) await signInFrom(t, '198.51.100.1', login, `wrong-${i}`);
    const attacker = await signInFrom(t, '198.51.100.1', login, PASSWORD);
    expect([attacker.status, attacker.body.code]).toEqual([429, 'TOO_MANY_ATTEMPTS']);
    expect((await signInFrom(t, home, login, PASSWORD)).status).toBe(200);
    expect((await signInFrom(t, '198.51.100.2', login, PASSWORD)).status).toBe(200);

    // many addresses, one guess each: the slower per-account back-off stops new addresses, not the usual one
    for (let i = 0; i < 30; i++) await signInFrom(t, `192.0.2.${i + 1}`, login, `wrong-${i}`);
    const stranger = await signInFrom(t, '192.0.2.200', login, PASSWORD);
    expect([stranger.status, stranger.body.code]).toEqual([429, 'TOO_MANY_ATTEMPTS']);
    expect(Number(stranger.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await signInFrom(t, home, login, PASSWORD)).status).toBe(200);
  });

  it('an IPv6 subscriber counts as one address for its whole /64', async () => {
    const login = newLogin();
    await createPerson(t.platform.ctx, login);
    for (let i = 0; i < 10; i++) await signInFrom(t, `2001:db8:1:2::${i + 1}`, login, `wrong-${i}`);
    const rotated = await signInFrom(t, '2001:db8:1:2:ffff::9', login, PASSWORD);
    expect(rotated.body.code).toBe('TOO_MANY_ATTEMPTS');
    expect((await signInFrom(t, '2001:db8:1:3::1', login, PASSWORD)).status).toBe(200);
  });

  it('of 16 parallel sign-ups from one address exactly the limit (10) open accounts', async () => {
    const signUpBody = (i: number) => ({
      person: {
        name: `Người ${i}`,
        email: `song.song.${i}.${randomUUID().slice(0, 6)}@htx.test`,
        password: PASSWORD,
      },
      tenant: { name: `HTX Song song ${i}`, kind: 'coop', address: 'Bắc Hà', province: 'lao-cai' },
    });
    const answers = await Promise.all(
      Array.from({ length: 16 }, (_, i) => from(t, '198.51.100.80', '/api/v1/sign-up', signUpBody(i))),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(10);
    expect(answers.filter((answer) => answer.body.code === 'SIGN_UP_TOO_MANY')).toHaveLength(6);
  });

  it('set-password checks the code before hashing: a wrong code costs no password work', async () => {
    const before = passwordWorkStats().started;
    const wrong = await setPasswordFrom(t, '198.51.100.30', 'NOPE234567');
    expect([wrong.status, wrong.body.code]).toEqual([400, 'SET_PASSWORD_CODE_INVALID']);
    expect(passwordWorkStats().started).toBe(before);
  });

  it('set-password is throttled per address and per code, with Retry-After', async () => {
    for (let i = 0; i < 10; i++) await setPasswordFrom(t, '198.51.100.40', `ABCDEFGH${20 + i}`);
    const address = await setPasswordFrom(t, '198.51.100.40', 'ABCDEFGH99');
    expect([address.status, address.body.code]).toEqual([429, 'SET_PASSWORD_TOO_MANY']);
    expect(Number(address.headers.get('retry-after'))).toBeGreaterThan(0);

    for (let i = 0; i < 10; i++) await setPasswordFrom(t, `198.51.100.${50 + i}`, 'SAMECODE22');
    const code = await setPasswordFrom(t, '198.51.100.99', 'SAMECODE22');
    expect([code.status, code.body.code]).toEqual([429, 'SET_PASSWORD_TOO_MANY']);
  });
});

describe.each(drivers)('client addresses without TRUST_PROXY on %s', (driver) => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform(driver);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('ignores X-Forwarded-For from any peer, so a client cannot pick the address it is counted as', async () => {
    for (let i = 0; i < 10; i++) await setPasswordFrom(t, `10.0.0.${i + 1}`, `ABCDEFGH${30 + i}`);
    const spoofed = await setPasswordFrom(t, '10.0.0.99', 'ABCDEFGH98');
    expect([spoofed.status, spoofed.body.code]).toEqual([429, 'SET_PASSWORD_TOO_MANY']);
  });
});
