import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { testDrivers } from '@nguon/db/testing';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { createUploadGate } from '../http/upload-body';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';
import { FixtureLoader, GTIN, jsonOf, LocalChanges, richLabelTrace, SERIAL } from '../testing/trace-fixtures';

const drivers = await testDrivers();

/** The resolver inside the whole app, as platform.ts will wire it: mounted before the query guard and the SPA. */
describe.each(drivers)('the resolver in the app, on %s', (driver) => {
  let t: TestPlatform;
  let server: Server;
  let baseUrl: string;
  const loader = new FixtureLoader().add(
    { kind: 'label', serial: SERIAL, gtin14: GTIN, lot: null },
    richLabelTrace(),
    ['lot:lot-1'],
    true,
  );

  beforeAll(async () => {
    t = await startTestPlatform(driver);
    const app = createApp({
      ctx: t.platform.ctx,
      logger: pino({ level: 'silent' }),
      publicBaseUrl: 'http://nguon.test',
      bodyLimitBytes: 64 * 1024,
      uploads: createUploadGate(`${t.filesDir}/.uploads`),
      trustProxy: [],
      webDistDir: '/nonexistent',
      version: 'test',
      resolver: {
        loadTrace: loader.load,
        changes: new LocalChanges(),
        publicBaseUrl: 'http://nguon.test',
        secret: 'test-secret',
        now: () => new Date(),
        tuning: { floorMs: 1 },
      },
    });
    server = app.listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server?.close(() => resolve()));
    await t?.close();
  });

  it('serves the trace page, not the web app, with the page stylesheet allowed by hash and a request id', async () => {
    const response = await fetch(`${baseUrl}/01/${GTIN}/21/${SERIAL}`, {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBeTruthy();
    expect(response.headers.get('content-security-policy')).toMatch(/style-src 'self' 'sha256-/);
    expect(await response.text()).toContain('Gạo ST25 Sóc Trăng');
  });

  it('answers a malformed query on a resolver path itself, as its own coded refusal', async () => {
    const response = await fetch(`${baseUrl}/01/${GTIN}/21/${SERIAL}?91=%ED%A0%80`, {
      headers: { accept: 'application/json' },
    });
    expect(response.status).toBe(400);
    expect((await jsonOf(response)).code).toBe('RESOLVER_MALFORMED_LINK');
  });

  it('leaves every other path to the API and the web app', async () => {
    expect((await fetch(`${baseUrl}/healthz`)).status).toBe(200);
    const spa = await fetch(`${baseUrl}/lots`);
    expect(await spa.text()).toContain('Giao diện web chưa được build');
    expect((await fetch(`${baseUrl}/0123`)).status).toBe(200);
  });
});
