import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

// Debian's chromium; /usr/bin/chromium is a wrapper script around the real binary.
const executablePath = existsSync('/usr/lib/chromium/chromium')
  ? '/usr/lib/chromium/chromium'
  : '/usr/bin/chromium';
const args = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const screenshotsDir = fileURLToPath(new URL('../screenshots/', import.meta.url));

export const viewports = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 360, height: 740 },
  /** A common mid-range Android phone, as clerks in the field carry. */
  fieldPhone: { width: 390, height: 844 },
} as const;

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

export interface BrowserOptions {
  /** Host names resolved to other addresses, e.g. `{ 'coop.lan': '127.0.0.1' }`: a LAN name without leaving loopback. */
  hosts?: Record<string, string>;
  /** The browser's own locale (default vi-VN); the app's language is chosen in the app. */
  locale?: string;
  /** false: a browser with JavaScript turned off, as some phones and readers are. */
  javaScriptEnabled?: boolean;
}

const hostResolverArgs = (hosts: Record<string, string> = {}): string[] => {
  const rules = Object.entries(hosts).map(([name, address]) => `MAP ${name} ${address}`);
  return rules.length > 0 ? [`--host-resolver-rules=${rules.join(',')}`] : [];
};

/** A fresh browser profile at a given width, like a person opening the platform for the first time. */
export async function openBrowser(
  viewport: { width: number; height: number },
  options: BrowserOptions = {},
): Promise<BrowserSession> {
  const profile = await mkdtemp(join(tmpdir(), 'nguon-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    args: [...args, ...hostResolverArgs(options.hosts)],
    viewport,
    locale: options.locale ?? 'vi-VN',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Saves a full-page PNG once transitions (drawers, dialogs, notifications) have settled. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(screenshotsDir, { recursive: true });
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(screenshotsDir, `${name}.png`), fullPage: true });
}
