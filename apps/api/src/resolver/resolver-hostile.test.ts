import { type IncomingHttpHeaders, request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BASE_URL,
  FixtureLoader,
  GTIN,
  jsonOf,
  LocalChanges,
  MemoryScanLedger,
  type ResolverServer,
  richLabelTrace,
  SERIAL,
  startResolverServer,
  UNKNOWN_SERIAL,
} from '../testing/trace-fixtures';

let server: ResolverServer;
let loader: FixtureLoader;
let changes: LocalChanges;

// above a cold load and render of the rich page even on a busy machine: the floor must exceed the real work
const FLOOR_MS = 30;

beforeAll(async () => {
  loader = new FixtureLoader().add(
    { kind: 'label', serial: SERIAL, gtin14: GTIN, lot: null },
    richLabelTrace(),
    ['lot:lot-1'],
    true,
  );
  changes = new LocalChanges();
  server = await startResolverServer({
    loadTrace: async (lookup) => {
      // a database's cost, so a lucky unknown code could otherwise answer faster than a known one
      await new Promise((resolve) =>
        setTimeout(resolve, lookup.kind === 'label' && lookup.serial === SERIAL ? 3 : 0),
      );
      return loader.load(lookup);
    },
    changes,
    scans: new MemoryScanLedger(),
    publicBaseUrl: BASE_URL,
    secret: 'hostile-secret',
    now: () => new Date('2026-05-01T00:00:00Z'),
    tuning: { floorMs: FLOOR_MS, burst: 100_000, perSecond: 100_000 },
  });
});
afterAll(async () => {
  await server?.close();
});

/** Sends the path exactly as written: fetch would resolve `..` and `%2e%2e` before they reach the server. */
function send(path: string, headers: Record<string, string> = {}, method = 'GET') {
  const { port } = new URL(server.baseUrl);
  return new Promise<{ status: number; headers: IncomingHttpHeaders; text: () => Promise<string> }>(
    (resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text: async () => body });
        });
      });
      req.on('error', reject);
      req.end();
    },
  );
}

const hostilePaths: [string, string, number][] = [
  ['a malformed escape', `/q/%4g${SERIAL.slice(3)}`, 400],
  ['a NUL byte', `/q/${SERIAL.slice(0, 6)}%00${SERIAL.slice(7)}`, 400],
  ['a lone surrogate', `/q/%ED%A0%80${SERIAL.slice(3)}`, 400],
  ['a lone surrogate in the query', `/01/${GTIN}/21/${SERIAL}?91=%ED%A0%80`, 400],
  ['an encoded slash inside a value', `/01/${GTIN}/10/AB%2FCD/21/${SERIAL}`, 404],
  ['a dot-dot segment', `/01/${GTIN}/../../etc/passwd`, 400],
  ['an encoded dot-dot', `/01/%2e%2e/%2e%2e/etc/passwd`, 400],
  ['a 10 KB path', `/01/${GTIN}/21/${'A'.repeat(10_000)}`, 400],
  [
    '100 query parameters',
    `/01/${GTIN}/21/${SERIAL}?${Array.from({ length: 100 }, (_, i) => `p${i}=${i}`).join('&')}`,
    200,
  ],
  ['a duplicate AI in the query', `/01/${GTIN}/21/${SERIAL}?17=261231&17=261231`, 400],
  ['a duplicate qualifier in the path', `/01/${GTIN}/21/${SERIAL}/21/${SERIAL}`, 400],
  ['qualifiers out of order', `/01/${GTIN}/21/${SERIAL}/10/LOT1`, 400],
  ['a number past 2^31 in a query AI', `/01/${GTIN}/21/${SERIAL}?30=99999999999`, 400],
  ['a key AI in the query', `/01/${GTIN}?21=${SERIAL}`, 400],
  ['an unknown AI in the query', `/01/${GTIN}?4242=1`, 400],
  ['a wrong GTIN check digit', `/01/08930000000018/21/${SERIAL}`, 400],
  ['a GTIN of 11 digits', `/01/89300000000/21/${SERIAL}`, 400],
  ['an over-long serial', `/01/${GTIN}/21/${'7'.repeat(21)}`, 400],
  ['a serial outside set 82', `/01/${GTIN}/21/${SERIAL.slice(0, 12)}%C3%A9`, 400],
  ['a serial with a space', `/q/ABC%20DEF`, 400],
  ['an empty serial', '/q/', 400],
  ['a bare /01', '/01', 400],
  ['markup in a serial (set 82 has < and >)', `/q/%3Cscript%3E`, 404],
  ['a double-encoded value', `/q/%252e%252e`, 404],
  ['a linkType of markup', `/01/${GTIN}/21/${SERIAL}?linkType=%3Cscript%3Ealert(1)%3C%2Fscript%3E`, 404],
];

describe('hostile input', () => {
  it.each(hostilePaths)(
    'answers %s with %s, a coded page or problem, never a 500',
    async (_name, path, status) => {
      for (const accept of [
        'text/html',
        'application/json',
        '*/*;q=junk, ,;;',
        'application/linkset+json;q=2',
      ]) {
        const response = await send(path, { accept, 'accept-language': 'en' });
        expect(response.status, `${path} ${accept}`).toBe(status);
        const body = await response.text();
        if (String(response.headers['content-type']).startsWith('text/html'))
          expect(body).not.toContain('<script>');
        if (status >= 400) expect(body).toMatch(/RESOLVER_[A-Z_]+/);
      }
    },
  );

  it('answers HEAD of hostile paths with no body and no 500', async () => {
    for (const [, path] of hostilePaths) {
      const response = await send(path, {}, 'HEAD');
      expect(response.status, path).toBeLessThan(500);
      expect(await response.text()).toBe('');
    }
  });

  it('answers junk Accept and Accept-Language headers of a real label with the page', async () => {
    for (const accept of ['', 'junk', '*/*;q=abc', 'text/html;q=0, application/json;q=0', ',,,;;;']) {
      const response = await send(`/01/${GTIN}/21/${SERIAL}`, {
        accept,
        'accept-language': 'x'.repeat(5000),
      });
      expect(response.status, accept).toBe(200);
    }
  });

  it('gives no hint about which codes exist: unknown codes of every kind answer the same page', async () => {
    const bodies = new Set<string>();
    for (const path of [
      `/q/${UNKNOWN_SERIAL}`,
      `/01/${GTIN}/21/${UNKNOWN_SERIAL}`,
      `/01/${GTIN}/21/OTHER-SERIAL`,
      '/01/00000096385074',
      `/01/${GTIN}/10/LOT-X`,
      `/01/${GTIN}/22/CPV/21/${SERIAL}`,
    ]) {
      const response = await send(path, { 'accept-language': 'en' });
      expect(response.status, path).toBe(404);
      bodies.add(await response.text());
    }
    expect(bodies.size).toBe(1);
  });

  it('answers an unknown serial in the same time as a known one, both cold', async () => {
    const median = (values: number[]) =>
      [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
    const timed = async (path: string) => {
      const started = performance.now();
      await (await send(path)).text();
      return performance.now() - started;
    };
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 25; i++) {
      changes.changed(['lot:lot-1', 'unknown']);
      known.push(await timed(`/01/${GTIN}/21/${SERIAL}`));
      unknown.push(await timed(`/01/${GTIN}/21/${UNKNOWN_SERIAL}`));
    }
    console.info(
      `cold medians: known ${median(known).toFixed(1)} ms, unknown ${median(unknown).toFixed(1)} ms`,
    );
    expect(median(unknown)).toBeGreaterThanOrEqual(FLOOR_MS);
    expect(Math.abs(median(known) - median(unknown))).toBeLessThan(4);
  });
});

describe('rate limit', () => {
  it('throttles one network past its burst with a coded 429 and Retry-After, in the visitor language', async () => {
    const limited = await startResolverServer({
      loadTrace: (lookup) => loader.load(lookup),
      changes: new LocalChanges(),
      publicBaseUrl: BASE_URL,
      secret: 's',
      now: () => new Date(),
      tuning: { floorMs: 0, burst: 3, perSecond: 0.1 },
    });
    try {
      for (let i = 0; i < 3; i++)
        expect((await fetch(`${limited.baseUrl}/q/${UNKNOWN_SERIAL}`)).status).toBe(404);
      const page = await fetch(`${limited.baseUrl}/q/${UNKNOWN_SERIAL}`, {
        headers: { 'accept-language': 'vi' },
      });
      expect(page.status).toBe(429);
      expect(Number(page.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await page.text()).toContain('Quá nhiều lượt tra cứu từ mạng này');
      const json = await fetch(`${limited.baseUrl}/q/${SERIAL}`, { headers: { accept: 'application/json' } });
      expect(json.status).toBe(429);
      expect((await jsonOf(json)).code).toBe('RESOLVER_TOO_MANY');
    } finally {
      await limited.close();
    }
  });
});
