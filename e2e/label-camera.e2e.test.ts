import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ZXING_WASM_SHA256 } from 'barcode-detector/ponyfill';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignInPage } from './pages/sign-in.page';
import { apiSession } from './support/api-session';
import { screenshot, viewports } from './support/browser';
import { batchAtPacking } from './support/packing';
import { type RunningPlatform, startPlatform } from './support/platform-process';

/** The owner orders a few blank labels and waits for them; the first label's serial and the URL its QR carries. */
async function orderedLabel(platform: RunningPlatform): Promise<{ serial: string; url: string }> {
  const owner = await apiSession(platform, platform.owner);
  const batch = await owner.call<{ id: string }>('POST', '/api/v1/label-batches', { quantity: 3 });
  for (let attempt = 0; attempt < 120; attempt++) {
    const { state } = await owner.call<{ state: string }>('GET', `/api/v1/label-batches/${batch.id}`);
    if (state === 'completed') break;
    if (state === 'failed' || state === 'cancelled') throw new Error(`the label batch ${state}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const signIn = await fetch(`${platform.baseUrl}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(platform.owner),
  });
  const cookie = (signIn.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
  const csv = await fetch(`${platform.baseUrl}/api/v1/label-batches/${batch.id}/labels.csv`, {
    headers: { cookie },
  });
  if (!csv.ok) throw new Error(`labels.csv: ${csv.status}`);
  // print_seq,serial,url,code: the first label of the roll
  const [, serial = '', url = ''] = (await csv.text()).trim().split('\n')[1]?.split(',') ?? [];
  return { serial, url };
}

/**
 * A YUV4MPEG2 video (640x480, 4:2:0) whose luma draws `text` as a QR symbol the way labels are printed (byte mode,
 * level M, 4-module quiet zone), dark on white, a little off-centre; the chroma planes are neutral grey.
 */
function qrVideo(text: string, frames = 5): Buffer {
  const [width, height] = [640, 480];
  const symbol = QRCode.create([{ data: new TextEncoder().encode(text), mode: 'byte' }], {
    errorCorrectionLevel: 'M',
  });
  const { size, data } = symbol.modules;
  const quiet = 4;
  const scale = Math.floor(420 / (size + 2 * quiet));
  const [left, top] = [150, 20];
  const luma = Buffer.alloc(width * height, 200);
  for (let y = 0; y < (size + 2 * quiet) * scale; y++)
    for (let x = 0; x < (size + 2 * quiet) * scale; x++) {
      const [row, column] = [Math.floor(y / scale) - quiet, Math.floor(x / scale) - quiet];
      const dark = row >= 0 && row < size && column >= 0 && column < size && data[row * size + column];
      luma[(top + y) * width + left + x] = dark ? 16 : 235;
    }
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  return Buffer.concat([
    Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`),
    ...Array.from({ length: frames }, () => frame),
  ]);
}

const executablePath = existsSync('/usr/lib/chromium/chromium')
  ? '/usr/lib/chromium/chromium'
  : '/usr/bin/chromium';

/** Debian's Chromium (no native BarcodeDetector on Linux) whose camera films `video`, permission granted. */
async function phoneFilming(
  video: string,
  profile: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ],
    viewport: viewports.fieldPhone,
    locale: 'vi-VN',
  });
  return { context, page: context.pages()[0] ?? (await context.newPage()) };
}

describe('a clerk scans a label with the camera of a phone without BarcodeDetector (the ZXing polyfill)', () => {
  let platform: RunningPlatform;
  let dir: string;
  let context: BrowserContext | undefined;
  let page: Page;
  let label: { serial: string; url: string };
  const requested: string[] = [];
  const cspViolations: string[] = [];
  const wasm: { status: number; headers: Record<string, string>; body: Buffer }[] = [];

  beforeAll(async () => {
    platform = await startPlatform();
    label = await orderedLabel(platform);
    dir = await mkdtemp(join(tmpdir(), 'nguon-camera-'));
    const video = join(dir, 'label.y4m');
    await writeFile(video, qrVideo(label.url));
    ({ context, page } = await phoneFilming(video, join(dir, 'profile')));
    page.on('request', (request) => requested.push(request.url()));
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
    });
    page.on('response', async (response) => {
      if (!response.url().endsWith('.wasm')) return;
      wasm.push({ status: response.status(), headers: response.headers(), body: await response.body() });
    });
  });
  afterAll(async () => {
    await context?.close();
    await platform?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('reads the label QR from the camera into the list, with the running count', async () => {
    expect(label.serial).toMatch(/^[2-9A-HJ-NP-Z]{13}$/);
    const { lotId, stageId } = await batchAtPacking(await apiSession(platform, platform.clerk));
    const signIn = new SignInPage(page);
    await signIn.open(platform.baseUrl);
    await signIn.signIn(platform.clerk.login, platform.clerk.password);
    await page
      .waitForURL((url) => !url.pathname.startsWith('/sign-in'))
      .catch(async (error) => {
        throw new Error(`sign-in: ${await signIn.error().catch(() => 'no error shown')}`, { cause: error });
      });
    expect(await page.evaluate(() => 'BarcodeDetector' in globalThis)).toBe(false);
    await page.goto(`${platform.baseUrl}/lots/${lotId}/stages/${stageId}`);
    await page.getByTestId('labels-section').waitFor();
    await page.getByTestId('labels-mode').getByText('Từng tem').click();
    await page.getByTestId('labels-scan').click();
    const count = page.getByTestId('labels-scan-count');
    await count.getByText('Đã quét 1 tem').waitFor({ timeout: 30_000 });
    await screenshot(page, '62-packing-labels-camera-phone');
    await page.getByRole('button', { name: 'Xong' }).click();
    expect(await page.getByTestId('labels-list').inputValue()).toBe(label.serial);
    expect(await page.getByTestId('labels-count').textContent()).toBe('1 tem sẽ được kích hoạt cho lô');
    await screenshot(page, '63-packing-labels-camera-scanned-phone');
  });

  it('compiled the QR reader from our own origin under the CSP, without any CDN', () => {
    expect(cspViolations).toEqual([]);
    expect(requested.filter((url) => !url.startsWith(platform.baseUrl) && !url.startsWith('data:'))).toEqual(
      [],
    );
    expect(wasm).toHaveLength(1);
    const [served] = wasm;
    expect(served?.status).toBe(200);
    expect(served?.headers['content-type']).toBe('application/wasm');
    expect(served?.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    // the copy compressed at build time (Chromium asks for brotli over https only)
    expect(['br', 'gzip']).toContain(served?.headers['content-encoding']);
    expect(
      createHash('sha256')
        .update(served?.body ?? Buffer.alloc(0))
        .digest('hex'),
    ).toBe(ZXING_WASM_SHA256);
  });
});
