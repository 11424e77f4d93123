import { randomInt } from 'node:crypto';
import { labelSerialAlphabet, labelSerialCheckSymbol } from '@nguon/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConsumerTracePage } from './pages/consumer-trace.page';
import { apiSession } from './support/api-session';
import { type BrowserSession, openBrowser, screenshot, viewports } from './support/browser';
import { weighPage } from './support/page-weight';
import { type RunningPlatform, startPlatform } from './support/platform-process';
import { demoGtin13, makeTracedLabels, type TracedLabels, traceValues } from './support/traced-label';

/** The issue's budget for the page's HTML, before images. */
const htmlBudgetBytes = 30 * 1000;

/** A serial no batch printed, with a right check symbol: well-formed, so only the lookup can refuse it. */
function madeUpSerial(): string {
  const data = Array.from({ length: 12 }, () => labelSerialAlphabet.charAt(randomInt(32))).join('');
  return data + labelSerialCheckSymbol(data);
}

/** The same serial with its check symbol changed: what a person mistyping the last character sends. */
function mistyped(serial: string): string {
  const last = serial.charAt(12);
  const other = [...labelSerialAlphabet].find((symbol) => symbol !== last) ?? '2';
  return serial.slice(0, 12) + other;
}

/** What a page for a label without product data must not carry, visible or in its source. */
const productData = (traced: TracedLabels) => [
  traced.product.name.vi,
  traced.lot.code,
  traceValues.publicDescription,
  traceValues.publicRoasting,
];
const privateValues = [traceValues.privateRoasting, traceValues.privateStorage];

describe('a consumer scans a label of the demo tea and reads where it comes from', () => {
  let platform: RunningPlatform;
  let traced: TracedLabels;
  const browsers: BrowserSession[] = [];
  const browser = async (...args: Parameters<typeof openBrowser>) => {
    const session = await openBrowser(...args);
    browsers.push(session);
    return session;
  };

  beforeAll(async () => {
    platform = await startPlatform();
    traced = await makeTracedLabels(platform, platform.owner);
  });
  afterAll(async () => {
    for (const session of browsers) await session.close();
    await platform?.stop();
  });

  it('has, from one batch CSV, an activated label, a printed one and a voided one on the GTIN path', async () => {
    const owner = await apiSession(platform, platform.owner);
    expect(traced.product.gtin14).toBe(`0${demoGtin13}`);
    for (const label of [traced.activated, traced.notActivated, traced.voided]) {
      expect(label.url).toBe(`${platform.baseUrl}/01/${traced.product.gtin14}/21/${label.serial}`);
    }
    const states = await Promise.all(
      [traced.activated, traced.notActivated, traced.voided].map((label) =>
        owner.call<{ state: string; lot: { id: string } | null }>('GET', `/api/v1/labels/${label.serial}`),
      ),
    );
    expect(states.map((label) => [label.state, label.lot?.id ?? null])).toEqual([
      ['activated', traced.lot.id],
      ['generated', null],
      ['voided', null],
    ]);
  });

  for (const [width, viewport] of [
    ['360 px', viewports.phone],
    ['desktop', viewports.desktop],
  ] as const) {
    const size = viewport.width === 360 ? 'phone' : 'desktop';

    it(`at ${width}: the CSV URL opens the page, Vietnamese by Accept-Language, English by the switch`, async () => {
      const { page } = await browser(viewport, { locale: 'vi-VN' });
      const trace = new ConsumerTracePage(page);
      const response = await trace.open(traced.activated.url);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toMatch(/^text\/html/);
      const source = await response.text();
      expect(await trace.language()).toMatch(/^vi/);
      const text = await trace.visibleText();
      for (const shown of [
        traced.product.name.vi,
        traced.producer.name,
        traced.lot.code,
        traceValues.publicDescription,
        traceValues.publicRoasting,
      ])
        expect(text).toContain(shown);
      for (const hidden of privateValues) {
        expect(text).not.toContain(hidden);
        expect(source).not.toContain(hidden);
      }
      if (size === 'phone') expect(await trace.overflowsSideways()).toBe(false);
      await screenshot(page, `90-trace-label-${size}-vi`);

      await trace.switchTo('en');
      const english = await trace.visibleText();
      expect(english).toContain(traced.product.name.en);
      expect(english).toContain(traced.lot.code);
      for (const hidden of privateValues) expect(await page.content()).not.toContain(hidden);
      await screenshot(page, `91-trace-label-${size}-en-switch`);
    });

    it(`at ${width}: an English phone (Accept-Language: en) gets the page in English`, async () => {
      const { page } = await browser(viewport, { locale: 'en-US' });
      const trace = new ConsumerTracePage(page);
      expect((await trace.open(traced.activated.url)).status()).toBe(200);
      expect(await trace.language()).toMatch(/^en/);
      const text = await trace.visibleText();
      expect(text).toContain(traced.product.name.en);
      expect(text).toContain(traced.producer.name);
      expect(text).toContain(traceValues.publicRoasting);
      await screenshot(page, `92-trace-label-${size}-en`);
    });
  }

  it('carries Open Graph tags naming the product and the producer, for a page shared on Zalo or Facebook', async () => {
    const { page } = await browser(viewports.phone);
    await new ConsumerTracePage(page).open(traced.activated.url);
    const og = async (property: string) =>
      (await page
        .locator(`meta[property="og:${property}"]`)
        .first()
        .getAttribute('content', { timeout: 5000 })) ?? '';
    const shared = `${await og('title')} ${await og('description')}`;
    expect(shared).toContain(traced.product.name.vi);
    expect(shared).toContain(traced.producer.name);
  });

  it('is complete with JavaScript turned off', async () => {
    const { page } = await browser(viewports.phone, { javaScriptEnabled: false });
    const trace = new ConsumerTracePage(page);
    const response = await trace.open(traced.activated.url);
    expect(response.status()).toBe(200);
    const text = await trace.visibleText();
    for (const shown of [
      traced.product.name.vi,
      traced.producer.name,
      traced.lot.code,
      traceValues.publicDescription,
      traceValues.publicRoasting,
    ])
      expect(text).toContain(shown);
    // the language switch is a plain link, so it works without scripts too
    await trace.switchTo('en');
    expect(await trace.visibleText()).toContain(traced.product.name.en);
    await screenshot(page, '93-trace-label-phone-no-js');
  });

  it('weighs under 30 KB of HTML, and prints what a first visit transfers', async () => {
    const { page } = await browser(viewports.phone);
    const weight = await weighPage(page, traced.activated.url);
    console.info(
      `consumer page: HTML ${weight.htmlBytes} bytes, transferred ${weight.transferredBytes} bytes ` +
        `(${Object.entries(weight.byType)
          .map(([type, bytes]) => `${type} ${bytes}`)
          .join(', ')})`,
    );
    expect(weight.htmlBytes).toBeGreaterThan(0);
    expect(weight.htmlBytes).toBeLessThan(htmlBudgetBytes);
  });

  it('says a printed label is not activated yet, and shows no product data', async () => {
    const { page } = await browser(viewports.phone);
    const trace = new ConsumerTracePage(page);
    const response = await trace.open(traced.notActivated.url);
    expect(response.status()).toBeLessThan(500);
    const source = await response.text();
    expect(await trace.visibleText()).toMatch(/chưa (được )?kích hoạt/i);
    for (const absent of [...productData(traced), ...privateValues]) expect(source).not.toContain(absent);
    await screenshot(page, '94-trace-label-not-activated-phone');
  });

  it('says a voided label is voided, and shows no product data', async () => {
    const { page } = await browser(viewports.phone);
    const trace = new ConsumerTracePage(page);
    const response = await trace.open(traced.voided.url);
    expect(response.status()).toBeLessThan(500);
    const source = await response.text();
    expect(await trace.visibleText()).toMatch(/đã (bị )?(huỷ|hủy)/i);
    for (const absent of [...productData(traced), ...privateValues]) expect(source).not.toContain(absent);
    await screenshot(page, '95-trace-label-voided-phone');
  });

  it('answers a made-up serial with a right check symbol with the 404 unknown-code page, on both paths', async () => {
    const { page } = await browser(viewports.phone);
    const trace = new ConsumerTracePage(page);
    const serial = madeUpSerial();
    for (const path of [`/01/${traced.product.gtin14}/21/${serial}`, `/q/${serial}`]) {
      const response = await trace.open(`${platform.baseUrl}${path}`);
      expect(response.status()).toBe(404);
      expect(response.headers()['content-type']).toMatch(/^text\/html/);
      const source = await response.text();
      for (const absent of productData(traced)) expect(source).not.toContain(absent);
      expect(await trace.visibleText()).toMatch(/không tìm thấy/i);
    }
    await screenshot(page, '96-trace-unknown-code-phone');
  });

  it('answers a serial with a wrong check symbol with the 400 mistyped page', async () => {
    const { page } = await browser(viewports.phone);
    const trace = new ConsumerTracePage(page);
    const wrong = mistyped(traced.activated.serial);
    const response = await trace.open(`${platform.baseUrl}/01/${traced.product.gtin14}/21/${wrong}`);
    expect(response.status()).toBe(400);
    expect(response.headers()['content-type']).toMatch(/^text\/html/);
    expect(await response.text()).not.toContain(traced.product.name.vi);
    expect(await trace.visibleText()).toMatch(/gõ nhầm|nhầm/i);
    await screenshot(page, '97-trace-mistyped-code-phone');
  });

  it('redirects the GTIN-13 form to the 14-digit path, the rest of the path kept', async () => {
    for (const [asked, canonical] of [
      [`/01/${demoGtin13}`, `/01/${traced.product.gtin14}`],
      [
        `/01/${demoGtin13}/21/${traced.activated.serial}`,
        `/01/${traced.product.gtin14}/21/${traced.activated.serial}`,
      ],
    ]) {
      const response = await fetch(`${platform.baseUrl}${asked}`, { redirect: 'manual' });
      expect(response.status).toBeGreaterThanOrEqual(301);
      expect(response.status).toBeLessThanOrEqual(308);
      const location = new URL(response.headers.get('location') ?? '', platform.baseUrl);
      expect(location.pathname).toBe(canonical);
    }
  });

  it('answers the trace JSON to Accept: application/json and the link set to ?linkType=linkset', async () => {
    const json = await fetch(traced.activated.url, { headers: { accept: 'application/json' } });
    expect(json.status).toBe(200);
    expect(json.headers.get('content-type')).toMatch(/json/);
    const body = await json.text();
    for (const hidden of privateValues) expect(body).not.toContain(hidden);
    const trace = JSON.parse(body) as {
      kind: string;
      path: string;
      label: { state: string } | null;
      product: { name: { vi: string }; gtin: string | null } | null;
      lot: { code: string } | null;
    };
    expect(trace).toMatchObject({
      kind: 'label',
      path: `/01/${traced.product.gtin14}/21/${traced.activated.serial}`,
      label: { state: 'activated' },
      product: { name: { vi: traced.product.name.vi } },
      lot: { code: traced.lot.code },
    });
    expect(body).toContain(traceValues.publicRoasting);

    const html = await fetch(traced.activated.url);
    expect(html.headers.get('link') ?? '').toMatch(/linkset/);

    const linkset = await fetch(`${traced.activated.url}?linkType=linkset`);
    expect(linkset.status).toBe(200);
    expect(linkset.headers.get('content-type')).toMatch(/json/);
    const set = (await linkset.json()) as { linkset: Record<string, unknown>[] };
    expect(Array.isArray(set.linkset)).toBe(true);
    const links = set.linkset[0] ?? {};
    expect(String(links.anchor)).toContain(traced.activated.serial);
    expect(Object.keys(links).some((relation) => relation.endsWith('traceability'))).toBe(true);
  });
  it('on a slow 3G phone (400 ms, 400 kbit/s each way, CPU 4x slower), the page is readable in under 2 s', async () => {
    const { page } = await browser(viewports.phone, { locale: 'vi-VN' });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 400,
      downloadThroughput: (400 * 1000) / 8,
      uploadThroughput: (400 * 1000) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const trace = new ConsumerTracePage(page);
    const started = performance.now();
    const response = await page.goto(traced.activated.url, { waitUntil: 'domcontentloaded' });
    await page.getByText(traced.product.name.vi).first().waitFor({ state: 'visible' });
    const readableMs = performance.now() - started;
    const domContentLoadedMs = await page.evaluate(() => {
      const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      return navigation ? navigation.domContentLoadedEventEnd - navigation.startTime : Number.NaN;
    });
    console.info(
      `consumer page on slow 3G: DOMContentLoaded ${Math.round(domContentLoadedMs)} ms, ` +
        `product name visible ${Math.round(readableMs)} ms after the request began`,
    );
    expect(response?.status()).toBe(200);
    expect(await trace.visibleText()).toContain(traced.lot.code);
    expect(domContentLoadedMs).toBeLessThan(2000);
    expect(readableMs).toBeLessThan(2000);
  });
});
