import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  BASE_URL,
  bareLabelTrace,
  FixtureLoader,
  GTIN,
  LocalChanges,
  MemoryScanLedger,
  productTrace,
  type ResolverServer,
  richLabelTrace,
  SERIAL,
  startResolverServer,
  UNKNOWN_SERIAL,
} from '../testing/trace-fixtures';
import { clientAddress, type TrustProxy } from './client-signals';

const NOT_WARMED = 'B4C6D8E3F5G7R';
const labelPath = `/01/${GTIN}/21/${SERIAL}`;
const chrome =
  'Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36';
const chromeAccept =
  'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7';
const facebookRobot = 'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)';

let server: ResolverServer;
let changes: LocalChanges;
let ledger: MemoryScanLedger;

beforeAll(async () => {
  const loader = new FixtureLoader()
    .add({ kind: 'label', serial: SERIAL, gtin14: GTIN, lot: null }, richLabelTrace(), ['lot:lot-1'], true)
    .add(
      { kind: 'label', serial: NOT_WARMED, gtin14: null, lot: null },
      bareLabelTrace('not_activated', NOT_WARMED),
      ['batch:b2'],
      true,
    )
    .add({ kind: 'product', gtin14: GTIN }, productTrace(), ['product:p1'], false);
  changes = new LocalChanges();
  ledger = new MemoryScanLedger(1000);
  server = await startResolverServer({
    loadTrace: (lookup) => loader.load(lookup),
    changes,
    scans: ledger,
    publicBaseUrl: BASE_URL,
    secret: 'warm-lane-secret',
    now: () => new Date('2026-05-01T02:00:00Z'),
    tuning: { floorMs: 2, burst: 10_000, perSecond: 10_000 },
  });
});
afterAll(async () => {
  await server?.close();
});
beforeEach(() => {
  // every test starts cold: pages loaded again, Accept headers and links already known stay known
  changes.changed(['lot:lot-1', 'product:p1', 'batch:b2', 'unknown']);
});

const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
  fetch(`${server.baseUrl}${path}`, {
    method,
    headers: { 'user-agent': chrome, ...headers },
    redirect: 'manual',
  });

/** What the two ways must agree on: status and headers, less those that differ per request or per body. */
function shapeOf(response: Response): { status: number; headers: Record<string, string> } {
  const headers: Record<string, string> = {};
  for (const [name, value] of response.headers) {
    if (!['date', 'x-request-id', 'etag', 'content-length', 'connection', 'keep-alive'].includes(name))
      headers[name] = value;
  }
  return { status: response.status, headers };
}

describe('the warm lane (answers before Express)', () => {
  const asked: [string, Record<string, string>, string][] = [
    ['a phone in Vietnamese', { accept: chromeAccept, 'accept-language': 'vi-VN,vi;q=0.9' }, ''],
    [
      'a phone in English, brotli',
      { accept: chromeAccept, 'accept-language': 'en', 'accept-encoding': 'br' },
      '',
    ],
    ['gzip and ?lang=en', { accept: '*/*', 'accept-encoding': 'gzip' }, '?lang=en'],
    ['JSON', { accept: 'application/json' }, ''],
    ['gs1:traceability asked by name', { accept: chromeAccept }, '?linkType=gs1:traceability'],
    ['a link preview (not counted)', { accept: chromeAccept, 'user-agent': facebookRobot }, ''],
  ];
  it.each(asked)('answers %s as the ordinary way does', async (_what, headers, query) => {
    const path = `${labelPath}${query}`;
    const before = server.handle.answeredAtOnce();
    const scansBefore = ledger.scans.length;
    const ordinary = await get(path, { ...headers });
    const ordinaryBody = await ordinary.text();
    const atOnce = await get(path, { ...headers });
    const atOnceBody = await atOnce.text();
    // the first of an Accept header or of a page goes the ordinary way; the second is answered at once
    expect(server.handle.answeredAtOnce()).toBe(before + 1);
    expect(shapeOf(atOnce)).toEqual(shapeOf(ordinary));
    expect(atOnce.status).toBe(200);
    // the bodies differ at most by the scan counter
    const withoutCounter = (body: string) =>
      body.replace(/<p[^>]* id="scans"[^>]*>.*?<\/p>/, '').replace(/"scans":(\{[^}]*\}|null)/, '');
    expect(withoutCounter(atOnceBody)).toBe(withoutCounter(ordinaryBody));
    const counted = ledger.scans.slice(scansBefore);
    if (headers['user-agent'] === facebookRobot) expect(counted).toHaveLength(0);
    else {
      expect(counted).toHaveLength(2);
      const [first, second] = counted;
      expect({ ...second, at: null }).toEqual({ ...first, at: null });
    }
  });

  it('answers HEAD at once with the headers and no body, counting nothing', async () => {
    await get(labelPath, { accept: chromeAccept });
    const before = server.handle.answeredAtOnce();
    const scans = ledger.scans.length;
    const head = await get(labelPath, { accept: chromeAccept }, 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect(server.handle.answeredAtOnce()).toBe(before + 1);
    expect(ledger.scans).toHaveLength(scans);
  });

  it('answers If-None-Match at once with a 304', async () => {
    const first = await get(labelPath, { accept: chromeAccept, 'user-agent': facebookRobot });
    await first.text();
    const etag = first.headers.get('etag') ?? '';
    const before = server.handle.answeredAtOnce();
    const again = await get(labelPath, {
      accept: chromeAccept,
      'user-agent': facebookRobot,
      'if-none-match': etag,
    });
    expect(again.status).toBe(304);
    expect(server.handle.answeredAtOnce()).toBe(before + 1);
  });

  it.each([
    ['an unknown code', `/01/${GTIN}/21/${UNKNOWN_SERIAL}`, 404],
    ['a malformed link', `/01/${GTIN}/21/%4g`, 400],
    ['a GTIN written short', `/01/${GTIN.slice(1)}`, 301],
    ['the link set', `${labelPath}?linkType=linkset`, 200],
    ['a link type answered by a redirect', `${labelPath}?linkType=gs1:pip`, 307],
    ['a link type the label lacks', `${labelPath}?linkType=gs1:nutritionalInfo`, 404],
  ] as const)('leaves %s to the ordinary way, warm or not', async (_what, path, status) => {
    await (await get(path, { accept: chromeAccept })).text();
    const before = server.handle.answeredAtOnce();
    const again = await get(path, { accept: chromeAccept });
    expect(again.status).toBe(status);
    expect(server.handle.answeredAtOnce()).toBe(before);
  });

  it('leaves a page to the ordinary way until its label was warmed there', async () => {
    const path = `/q/${NOT_WARMED}`;
    await (await get(path, { accept: chromeAccept, 'user-agent': facebookRobot })).text();
    const before = server.handle.answeredAtOnce();
    // cached by the link preview, but no consumer's scan warmed the label yet: counted the ordinary way
    await (await get(path, { accept: chromeAccept })).text();
    expect(server.handle.answeredAtOnce()).toBe(before);
    await (await get(path, { accept: chromeAccept })).text();
    expect(server.handle.answeredAtOnce()).toBe(before + 1);
  });

  it('leaves a request to the ordinary way, and its refusal, once the network is over its limit', async () => {
    const throttled = await startResolverServer({
      loadTrace: async () => ({ found: true, trace: productTrace(), tags: ['product:p1'], scan: null }),
      changes: new LocalChanges(),
      publicBaseUrl: BASE_URL,
      secret: 's',
      now: () => new Date('2026-05-01T02:00:00Z'),
      tuning: { floorMs: 0, burst: 2, perSecond: 0.001 },
    });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) {
        const response = await fetch(`${throttled.baseUrl}/01/${GTIN}`, {
          headers: { accept: chromeAccept },
        });
        await response.text();
        statuses.push(response.status);
      }
      expect(statuses).toEqual([200, 200, 429]);
      expect(throttled.handle.answeredAtOnce()).toBe(1);
    } finally {
      await throttled.close();
    }
  });
});

describe('the answer cache bound in bytes', () => {
  it('keeps what fits: past maxBytes the oldest answers go, and each page still answers right', async () => {
    const bounded = await startResolverServer({
      loadTrace: async (lookup) =>
        lookup.kind === 'product'
          ? { found: true, trace: productTrace(), tags: ['product:p1'], scan: null }
          : { found: true, trace: richLabelTrace(), tags: ['lot:lot-1'], scan: null },
      changes: new LocalChanges(),
      publicBaseUrl: BASE_URL,
      secret: 's',
      now: () => new Date('2026-05-01T02:00:00Z'),
      // room for about one rich page with its renderings, not two
      tuning: { floorMs: 0, burst: 10_000, perSecond: 10_000, maxBytes: 300_000 },
    });
    try {
      const pages = [`/01/${GTIN}/21/${SERIAL}`, `/q/${SERIAL}`, `/01/${GTIN}`];
      for (const path of [...pages, ...pages]) {
        const response = await fetch(`${bounded.baseUrl}${path}`, { headers: { 'user-agent': chrome } });
        expect([path, response.status]).toEqual([path, 200]);
        expect(await response.text()).toContain('<html');
      }
      expect(bounded.handle.cachedAnswers()).toBeLessThan(pages.length);
    } finally {
      await bounded.close();
    }
  });
});

describe('clientAddress', () => {
  let baseUrl = '';
  let close: () => Promise<void> = async () => {};
  const trusts: Record<string, unknown> = {
    none: false,
    loopback: ['loopback'],
    everything: true,
    'one hop': 1,
    'a subnet and loopback': ['loopback', '10.0.0.0/8'],
  };
  beforeAll(async () => {
    const apps = new Map(
      Object.entries(trusts).map(([name, setting]) => {
        const app = express();
        app.set('trust proxy', setting);
        app.get('/', (req, res) => {
          const trust = app.get('trust proxy fn') as TrustProxy;
          res.json({ express: req.ip, ours: clientAddress(req as IncomingMessage, trust) });
        });
        return [name, app] as const;
      }),
    );
    const server = createServer((req, res) => {
      const app = apps.get(decodeURIComponent(req.headers['x-trust'] as string));
      if (app) app(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => new Promise((resolve) => server.close(() => resolve()));
  });
  afterAll(() => close());

  const forwardedFor = [
    undefined,
    '203.0.113.9',
    '203.0.113.9, 10.1.2.3',
    ' 198.51.100.1 ,203.0.113.9 , 10.1.2.3 ',
    ',,203.0.113.9,,',
    'not-an-address, 10.1.2.3',
    '2001:db8::1, 127.0.0.1',
    '',
  ];
  for (const trust of Object.keys(trusts)) {
    it.each(forwardedFor.map((header) => [String(header), header]))(
      `reads X-Forwarded-For %s as Express does, trusting ${trust}`,
      async (_label, header) => {
        const headers: Record<string, string> = { 'x-trust': encodeURIComponent(trust) };
        if (header !== undefined) headers['x-forwarded-for'] = header;
        const answer = (await (await fetch(baseUrl, { headers })).json()) as {
          express: string;
          ours: string;
        };
        expect(answer.ours).toBe(answer.express);
      },
    );
  }
});
