import { hash } from 'node:crypto';
import { PublicTrace } from '@nguon/contracts';
import { createSchemaCompiler } from '@nguon/forms';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  BASE_URL,
  bareLabelTrace,
  FixtureLoader,
  GTIN,
  jsonOf,
  LocalChanges,
  MemoryScanLedger,
  MISTYPED_SERIAL,
  productTrace,
  type ResolverServer,
  richLabelTrace,
  SERIAL,
  startResolverServer,
  UNKNOWN_SERIAL,
} from '../testing/trace-fixtures';

const NOT_ACTIVATED = 'B4C6D8E3F5G7R';
const LOT = 'L2026-04-ST25';
const labelPath = `/01/${GTIN}/21/${SERIAL}`;
const chrome =
  'Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36';
const validTrace = createSchemaCompiler()(PublicTrace);

let server: ResolverServer;
let loader: FixtureLoader;
let changes: LocalChanges;
let ledger: MemoryScanLedger;

function setUpLoader(): FixtureLoader {
  const rich = richLabelTrace();
  return new FixtureLoader()
    .add(
      { kind: 'label', serial: SERIAL, gtin14: GTIN, lot: null },
      rich,
      ['tenant:t1', 'lot:lot-1', 'batch:b1'],
      true,
    )
    .add({ kind: 'label', serial: SERIAL, gtin14: GTIN, lot: LOT }, rich, ['lot:lot-1'], true)
    .add(
      { kind: 'label', serial: SERIAL, gtin14: null, lot: null },
      { ...rich, path: `/q/${SERIAL}` },
      ['lot:lot-1'],
      true,
    )
    .add(
      { kind: 'label', serial: NOT_ACTIVATED, gtin14: null, lot: null },
      bareLabelTrace('not_activated', NOT_ACTIVATED),
      ['batch:b2'],
      true,
    )
    .add(
      { kind: 'label', serial: 'VOIDED-1', gtin14: null, lot: null },
      bareLabelTrace('voided', 'VOIDED-1'),
      ['batch:b3'],
      true,
    )
    .add(
      { kind: 'lot', gtin14: GTIN, lot: LOT },
      { ...rich, kind: 'lot', path: `/01/${GTIN}/10/${LOT}`, label: null },
      ['lot:lot-1'],
      false,
    )
    .add({ kind: 'product', gtin14: GTIN }, productTrace(), ['product:p1'], false)
    .add(
      { kind: 'product', gtin14: '00000096385074' },
      { ...productTrace(), path: '/01/00000096385074' },
      ['product:p2'],
      false,
    );
}

beforeAll(async () => {
  loader = setUpLoader();
  changes = new LocalChanges();
  ledger = new MemoryScanLedger(3);
  server = await startResolverServer({
    loadTrace: (lookup) => loader.load(lookup),
    changes,
    scans: ledger,
    publicBaseUrl: BASE_URL,
    secret: 'resolver-test-secret',
    now: () => new Date('2026-05-01T02:00:00Z'),
    tuning: { floorMs: 2, burst: 10_000, perSecond: 10_000 },
  });
});
afterAll(async () => {
  await server?.close();
});
beforeEach(() => {
  changes.changed(['lot:lot-1', 'product:p1', 'product:p2', 'batch:b2', 'batch:b3', 'unknown']);
  loader.calls.length = 0;
});

const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
  fetch(`${server.baseUrl}${path}`, {
    method,
    headers: { 'user-agent': chrome, ...headers },
    redirect: 'manual',
  });

describe('the trace page', () => {
  it('answers a label with the server-rendered page, its link set header, a narrow CSP and short public caching', async () => {
    const response = await get(labelPath, { 'accept-language': 'vi-VN,vi;q=0.9' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=60');
    expect(response.headers.get('etag')).toMatch(/^"[\w-]+"$/);
    expect(response.headers.get('link')).toBe(
      `<${BASE_URL}${labelPath}?linkType=linkset>; rel="linkset"; type="application/linkset+json"`,
    );
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toMatch(/style-src 'self' 'sha256-[A-Za-z0-9+/=]+'(;|$)/);
    expect(policy).not.toContain("'unsafe-inline'");
    const html = await response.text();
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('Tem thật, đã kích hoạt cho lô L2026-04-ST25 ngày 12 tháng 4, 2026.');
    expect(html).toContain('<h1>Gạo ST25 Sóc Trăng</h1>');
    expect(html).not.toContain('<script');
  });

  it('speaks English from Accept-Language, and ?lang= overrides it, with a visible switch', async () => {
    const english = await (await get(labelPath, { 'accept-language': 'en-GB,en;q=0.8' })).text();
    expect(english).toContain('<html lang="en">');
    expect(english).toContain('Genuine label, activated for lot L2026-04-ST25 on 12 April 2026.');
    const vietnamese = await (await get(`${labelPath}?lang=vi`, { 'accept-language': 'en' })).text();
    expect(vietnamese).toContain('<html lang="vi">');
    expect(vietnamese).toContain('<a href="?lang=en" hreflang="en" lang="en">English</a>');
  });

  it('carries Open Graph tags with absolute URLs', async () => {
    const html = await (await get(labelPath, { 'accept-language': 'vi' })).text();
    expect(html).toContain(
      '<meta property="og:title" content="Gạo ST25 Sóc Trăng — HTX Nông nghiệp Mỹ Xuyên">',
    );
    expect(html).toContain(`<meta property="og:url" content="${BASE_URL}${labelPath}">`);
    expect(html).toContain(`<meta property="og:image" content="${BASE_URL}/files/product-640.webp">`);
    expect(html).toContain('<meta property="og:locale" content="vi_VN">');
    expect(html).toMatch(/<meta property="og:description" content="[^"]+">/);
  });

  it('tolerates a trailing slash', async () => {
    const response = await get(`${labelPath}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('L2026-04-ST25');
  });

  it.each([
    ['a printed label not yet activated', `/q/${NOT_ACTIVATED}`, 'chưa được kích hoạt'],
    ['a voided label', '/q/VOIDED-1', 'đã bị huỷ'],
  ])('shows %s plainly, without product data', async (_name, path, words) => {
    const html = await (await get(path, { 'accept-language': 'vi' })).text();
    expect(html).toContain(words);
    expect(html).not.toContain('Gạo ST25');
  });
});

describe('looking codes up', () => {
  it.each([
    [`/q/${SERIAL}`, { kind: 'label', serial: SERIAL, gtin14: null, lot: null }],
    [labelPath, { kind: 'label', serial: SERIAL, gtin14: GTIN, lot: null }],
    [`/01/${GTIN}/10/${LOT}/21/${SERIAL}`, { kind: 'label', serial: SERIAL, gtin14: GTIN, lot: LOT }],
    [`/01/${GTIN}/10/${LOT}`, { kind: 'lot', gtin14: GTIN, lot: LOT }],
    [`/01/${GTIN}`, { kind: 'product', gtin14: GTIN }],
  ])('%s asks the loader for %j', async (path, lookup) => {
    expect((await get(path)).status).toBe(200);
    expect(loader.calls).toEqual([lookup]);
  });

  it.each([
    ['/01/96385074', '/01/00000096385074'],
    ['/01/0096385074?10=x&foo=bar', null],
    ['/01/8930000000019/21/7KQ2M4X9PA3TL?foo=bar&lang=en', `/01/${GTIN}/21/${SERIAL}?foo=bar&lang=en`],
  ])('redirects the short GTIN form %s to the 14-digit path, query passed on', async (path, location) => {
    const response = await get(path);
    if (location === null) expect(response.status).toBe(400);
    else {
      expect(response.status).toBe(301);
      expect(response.headers.get('location')).toBe(location);
      expect(loader.calls).toEqual([]);
    }
  });

  it('says a mistyped serial is mistyped, without looking it up', async () => {
    const response = await get(`/q/${MISTYPED_SERIAL}`, {
      accept: 'application/json',
      'accept-language': 'en',
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect((await jsonOf(response)).code).toBe('RESOLVER_MISTYPED_CODE');
    expect(loader.calls).toEqual([]);
  });

  it('answers an unknown code with one 404 page in the visitor language, and problem+json to JSON callers', async () => {
    const page = await get(`/q/${UNKNOWN_SERIAL}`, { 'accept-language': 'en' });
    expect(page.status).toBe(404);
    expect(page.headers.get('cache-control')).toBe('max-age=0');
    const html = await page.text();
    expect(html).toContain('Code not found');
    expect(html).toContain('RESOLVER_UNKNOWN_CODE');
    const json = await get(`/01/${GTIN}/21/${UNKNOWN_SERIAL}`, {
      accept: 'application/json',
      'accept-language': 'vi',
    });
    expect(json.status).toBe(404);
    const problem = await jsonOf(json);
    expect(problem.code).toBe('RESOLVER_UNKNOWN_CODE');
    expect(problem.detail).toContain('Không tìm thấy mã này');
    expect(json.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('answers a lot that contradicts the label with the same 404, not the label page', async () => {
    const response = await get(`/01/${GTIN}/10/OTHER-LOT/21/${SERIAL}`);
    expect(response.status).toBe(404);
  });
});

describe('representations and link types', () => {
  it("answers the JSON whole whatever the key order of the loader's trace", async () => {
    const { scans, ...rest } = productTrace();
    loader.add(
      { kind: 'product', gtin14: '00000096385074' },
      { scans, ...rest, path: '/01/00000096385074' },
      ['product:p2'],
      false,
    );
    const trace = await jsonOf(await get('/01/00000096385074', { accept: 'application/json' }));
    expect(validTrace(trace), JSON.stringify(validTrace.errors)).toBe(true);
    expect(trace.scans).toBeNull();
  });

  it('answers Accept: application/json with the public trace, scans filled, CORS on', async () => {
    const response = await get(labelPath, { accept: 'application/json' });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-expose-headers')).toContain('ETag');
    const trace = await jsonOf(response);
    expect(validTrace(trace), JSON.stringify(validTrace.errors)).toBe(true);
    expect(trace.scans.count).toBeGreaterThan(0);
    expect(trace.path).toBe(labelPath);
  });

  it.each([
    ['?linkType=linkset', {}],
    ['?linkType=all', {}],
    ['', { accept: 'application/linkset+json' }],
  ])('answers the link set for %s %j without a redirect', async (query, headers) => {
    const response = await get(`${labelPath}${query}`, { 'accept-language': 'en', ...headers });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/linkset\+json/);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const { linkset } = await jsonOf(response);
    const anchor = `${BASE_URL}${labelPath}`;
    expect(linkset).toHaveLength(1);
    expect(linkset[0].anchor).toBe(anchor);
    expect(linkset[0]['https://gs1.org/voc/defaultLink'][0]).toMatchObject({
      href: anchor,
      type: 'text/html',
    });
    expect(linkset[0]['https://gs1.org/voc/traceability'][0].href).toBe(anchor);
    expect(linkset[0]['https://gs1.org/voc/pip'][0].href).toBe(`${BASE_URL}/01/${GTIN}`);
    expect(linkset[0]['https://gs1.org/voc/certificationInfo'][0].href).toBe(`${anchor}#certifications`);
    expect(linkset[0]['https://gs1.org/voc/recallStatus'][0].href).toBe(`${anchor}#recall`);
  });

  it.each([
    ['gs1:pip', `${BASE_URL}/01/${GTIN}?foo=1`],
    ['https://gs1.org/voc/pip', `${BASE_URL}/01/${GTIN}?foo=1`],
    ['gs1:certificationInfo', `${BASE_URL}${labelPath}?foo=1#certifications`],
    ['gs1:recallStatus', `${BASE_URL}${labelPath}?foo=1#recall`],
  ])('redirects %s to its target (307), other query parameters passed on', async (linkType, location) => {
    const response = await get(`${labelPath}?linkType=${encodeURIComponent(linkType)}&foo=1`);
    expect(response.status).toBe(307);
    expect(response.headers.get('location')).toBe(location);
  });

  it('answers gs1:traceability with the page itself', async () => {
    expect((await get(`${labelPath}?linkType=gs1:traceability`)).status).toBe(200);
  });

  it.each([
    [labelPath, 'gs1:epil'],
    [`/q/${NOT_ACTIVATED}`, 'gs1:pip'],
    [`/q/${NOT_ACTIVATED}`, 'gs1:certificationInfo'],
  ])('answers %s?linkType=%s, a link type it lacks, with a 404', async (path, linkType) => {
    const response = await get(`${path}?linkType=${linkType}`, { accept: 'application/json' });
    expect(response.status).toBe(404);
    expect((await jsonOf(response)).code).toBe('RESOLVER_LINK_TYPE_ABSENT');
  });

  it('answers OPTIONS with the CORS preflight', async () => {
    const response = await get(labelPath, { origin: 'https://other.example' }, 'OPTIONS');
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-methods')).toBe('GET, HEAD, OPTIONS');
  });

  it('answers HEAD with the headers and no body', async () => {
    const response = await get(labelPath, {}, 'HEAD');
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBeTruthy();
    expect(await response.text()).toBe('');
  });

  it('refuses other methods with a coded 405', async () => {
    const response = await get(labelPath, { accept: 'application/json' }, 'POST');
    expect(response.status).toBe(405);
    expect((await jsonOf(response)).code).toBe('RESOLVER_METHOD_NOT_ALLOWED');
  });

  it('describes itself at /.well-known/gs1resolver', async () => {
    const response = await get('/.well-known/gs1resolver');
    expect(response.status).toBe(200);
    expect(await jsonOf(response)).toMatchObject({
      resolverRoot: BASE_URL,
      supportedPrimaryKeys: ['01'],
      supportedLinkType: [{ namespace: 'https://gs1.org/voc/', prefix: 'gs1:' }],
      linkTypeDefaultCanBeLinkset: true,
    });
  });
});

describe('the answer cache', () => {
  it('does not keep an answer loaded while a change landed, nor hand that load to later callers', async () => {
    let calls = 0;
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const local = new LocalChanges();
    const racing = await startResolverServer({
      loadTrace: async (lookup) => {
        calls += 1;
        if (calls === 1) await gate;
        return loader.load(lookup);
      },
      changes: local,
      publicBaseUrl: BASE_URL,
      secret: 'resolver-test-secret',
      now: () => new Date('2026-05-01T02:00:00Z'),
      tuning: { floorMs: 0, burst: 10_000, perSecond: 10_000 },
    });
    try {
      const url = `${racing.baseUrl}/01/${GTIN}`;
      const first = fetch(url);
      while (calls === 0) await new Promise((resolve) => setTimeout(resolve, 5));
      local.changed(['product:p1']);
      // a caller after the change does not wait for the load that began before it
      expect((await fetch(url)).status).toBe(200);
      expect(calls).toBe(2);
      release();
      expect((await first).status).toBe(200);
      await fetch(url);
      expect(calls).toBe(2);
    } finally {
      release();
      await racing.close();
    }
  });

  it('sends the bytes br or gzip as the phone asks, the same page decoded, with the security headers', async () => {
    const path = `/01/${GTIN}`;
    const plain = await get(path, { 'accept-encoding': 'identity' });
    expect(plain.headers.get('content-encoding')).toBeNull();
    const text = await plain.text();
    for (const coding of ['br', 'gzip']) {
      const response = await get(path, { 'accept-encoding': `${coding}, deflate` });
      expect(response.headers.get('content-encoding')).toBe(coding);
      expect(response.headers.get('vary')).toBe('Accept, Accept-Language, Accept-Encoding');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await response.text()).toBe(text);
    }
    const refused = await get(path, { 'accept-encoding': 'br;q=0, gzip' });
    expect(refused.headers.get('content-encoding')).toBe('gzip');
    // each coding its own strong tag, and a 304 for the caller who has those very bytes
    const brTag = (await get(path, { 'accept-encoding': 'br' })).headers.get('etag') ?? '';
    const plainTag = plain.headers.get('etag') ?? '';
    expect(brTag).toMatch(/-br"$/);
    expect(brTag).not.toBe(plainTag);
    expect((await get(path, { 'accept-encoding': 'br', 'if-none-match': brTag })).status).toBe(304);
    expect((await get(path, { 'accept-encoding': 'identity', 'if-none-match': brTag })).status).toBe(200);
  });

  it('passes the query on without a link type written with escapes, so a pip redirect never loops', async () => {
    const response = await get(`/01/${GTIN}/21/${SERIAL}?link%54ype=gs1:pip&utm=1`);
    expect(response.status).toBe(307);
    expect(response.headers.get('location')).toBe(`${BASE_URL}/01/${GTIN}?utm=1`);
  });

  it('past its budget of makings a second, sends a label page as made, figures under a second old; counts the proxy-named region', async () => {
    let clock = 0;
    const counted = new MemoryScanLedger(3);
    const budgeted = await startResolverServer({
      loadTrace: (lookup) => loader.load(lookup),
      changes: new LocalChanges(),
      scans: counted,
      regionHeader: 'x-region',
      publicBaseUrl: BASE_URL,
      secret: 'resolver-test-secret',
      now: () => new Date('2026-05-01T02:00:00Z'),
      tuning: { floorMs: 0, burst: 10_000, perSecond: 10_000, makingsPerSecond: 2, monotonic: () => clock },
    });
    try {
      const page = async () =>
        (await fetch(`${budgeted.baseUrl}${labelPath}`, { headers: { 'x-region': 'vn-ct' } })).text();
      const countOf = (html: string) => /Đã quét (\d+) lần/.exec(html)?.[1] ?? 'first';
      const seen = [await page(), await page(), await page(), await page()].map(countOf);
      // two makings in this second (the first scan, then the second's figures), then the second's bytes again
      expect(seen).toEqual(['first', '2', '2', '2']);
      // a HEAD (or a link preview) in between, with no figures, is never what a consumer is sent
      await fetch(`${budgeted.baseUrl}${labelPath}`, { method: 'HEAD' });
      expect(countOf(await page())).toBe('2');
      clock += 1000;
      expect(countOf(await page())).toBe('6');
      // the region the (trusted) proxy named, on every scan counted
      expect(new Set(counted.scans.map((scan) => scan.region))).toEqual(new Set(['VN-CT']));
    } finally {
      await budgeted.close();
    }
  });

  it('answers a warm request without the loader, whatever the language or representation', async () => {
    await get(labelPath, { 'accept-language': 'vi' });
    expect(loader.calls).toHaveLength(1);
    const warmed = ledger.warmed.length;
    await get(labelPath, { 'accept-language': 'vi' });
    await get(labelPath, { 'accept-language': 'en' });
    await get(labelPath, { accept: 'application/json' });
    await get(`${labelPath}?linkType=linkset`);
    expect(loader.calls).toHaveLength(1);
    // the ledger is asked each counted scan (free while it holds the label: trace-platform.test.ts counts the
    // database's reads); nothing else was asked for
    expect(ledger.warmed.length).toBe(warmed + 3);
  });

  it.each([
    ['lot:lot-1', true],
    ['tenant:t1', true],
    ['batch:b1', true],
    ['product:p9', false],
  ])('empties the label answer when %s changes: %s', async (tag, reloads) => {
    await get(labelPath);
    changes.changed([tag]);
    await get(labelPath);
    expect(loader.calls).toHaveLength(reloads ? 2 : 1);
  });

  it('keeps an unknown code briefly, tagged unknown', async () => {
    await get(`/q/${UNKNOWN_SERIAL}`);
    await get(`/q/${UNKNOWN_SERIAL}`);
    expect(loader.calls).toHaveLength(1);
    changes.changed(['unknown']);
    await get(`/q/${UNKNOWN_SERIAL}`);
    expect(loader.calls).toHaveLength(2);
  });

  it('answers If-None-Match with a 304', async () => {
    const first = await get(`/01/${GTIN}`);
    const etag = first.headers.get('etag') ?? '';
    const second = await get(`/01/${GTIN}`, { 'if-none-match': etag });
    expect(second.status).toBe(304);
    expect(second.headers.get('etag')).toBe(etag);
    expect((await get(`/01/${GTIN}`, { 'if-none-match': '"other"' })).status).toBe(200);
  });

  it('renders the page once and fills in the scan counter per request', async () => {
    const a = await (await get(labelPath, { 'accept-language': 'en' })).text();
    const b = await (await get(labelPath, { 'accept-language': 'en' })).text();
    const strip = (html: string) => html.replace(/<(p|section)[^>]* id="scans"[\s\S]*?<\/(p|section)>/, '');
    expect(strip(a)).toBe(strip(b));
    expect(a).not.toBe(b);
  });
});

describe('scans', () => {
  it('counts a GET of a label, not HEAD nor a link preview, with a keyed network hash and the browser family', async () => {
    ledger.scans.length = 0;
    await get(`/q/${NOT_ACTIVATED}`, {}, 'HEAD');
    await get(`/q/${NOT_ACTIVATED}`, { 'user-agent': 'facebookexternalhit/1.1' });
    await get(`/q/${NOT_ACTIVATED}`, { 'user-agent': 'Zalo' });
    await get(`/01/${GTIN}`);
    expect(ledger.scans).toHaveLength(0);
    const html = await (await get(`/q/${NOT_ACTIVATED}`, { 'accept-language': 'vi' })).text();
    expect(ledger.scans).toHaveLength(1);
    const [scan] = ledger.scans;
    expect(scan).toMatchObject({ tenantId: 'tenant-1', browser: 'chrome', language: 'vi', region: null });
    expect(scan?.at.toISOString()).toBe('2026-05-01T02:00:00.000Z');
    expect(scan?.networkHash).toBe(hash('sha256', 'resolver-test-secret\u0000127.0.0.0/24', 'base64url'));
    expect(html).toContain('Đây là lần quét đầu tiên của tem này.');
    expect(ledger.warmed.filter((id) => id.includes(NOT_ACTIVATED)).length).toBeGreaterThan(0);
  });

  it('shows the count and first time, then the counterfeit warning when a signal trips', async () => {
    ledger.scans.length = 0;
    await get(labelPath);
    const second = await (await get(labelPath, { 'accept-language': 'vi' })).text();
    expect(second).toContain('Đã quét 2 lần, lần đầu');
    await get(labelPath);
    const fourth = await (await get(labelPath, { 'accept-language': 'en' })).text();
    expect(fourth).toContain('Scanned 4 times');
    expect(fourth).toContain('Warning: this label was scanned more often than usual.');
  });
});
