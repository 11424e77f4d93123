import type { CDPSession, Page } from 'playwright-core';
import { SignInPage } from '../../e2e/pages/sign-in.page';
import { openBrowser, viewports } from '../../e2e/support/browser';
import type { RunningPlatform } from '../../e2e/support/platform-process';

/** The slow phone network: 1.6 Mbit/s down, 750 kbit/s up, 150 ms latency. */
const slowPhoneNetwork = {
  offline: false,
  latency: 150,
  downloadThroughput: 1_600_000 / 8,
  uploadThroughput: 750_000 / 8,
};

export interface PageLoadFigures {
  /** Navigation to a bare JSON answer of the same server (/healthz) on the same network. */
  bareMs: number;
  signInMs: number;
  /** Compressed script bytes received before the sign-in form was visible. */
  signInScriptBytes: number;
  signInAllBytes: number;
  workListMs: number;
}

interface Transfer {
  script: number;
  all: number;
}

/** Counts bytes as Chrome received them (compressed, with headers), scripts apart. */
async function countTransfer(cdp: CDPSession): Promise<Transfer> {
  const transfer = { script: 0, all: 0 };
  const scripts = new Set<string>();
  cdp.on('Network.responseReceived', (event) => {
    if (event.type === 'Script') scripts.add(event.requestId);
  });
  cdp.on('Network.loadingFinished', (event) => {
    transfer.all += event.encodedDataLength;
    if (scripts.delete(event.requestId)) transfer.script += event.encodedDataLength;
  });
  return transfer;
}

async function throttled(page: Page): Promise<Transfer> {
  const cdp = await page.context().newCDPSession(page);
  const transfer = await countTransfer(cdp);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', slowPhoneNetwork);
  return transfer;
}

async function timed(action: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await action();
  return performance.now() - started;
}

/** A clerk's phone with an empty cache on the slow network: the sign-in form, then the work list after signing in. */
export async function measurePageLoad(platform: RunningPlatform): Promise<PageLoadFigures> {
  const browser = await openBrowser(viewports.fieldPhone);
  try {
    const { page } = browser;
    const transfer = await throttled(page);
    const bareMs = await timed(() => page.goto(`${platform.baseUrl}/healthz`));
    const before = { ...transfer };
    const signIn = new SignInPage(page);
    const signInMs = await timed(() => signIn.open(platform.baseUrl));
    const signInScriptBytes = transfer.script - before.script;
    const signInAllBytes = transfer.all - before.all;
    const workListMs = await timed(async () => {
      await signIn.signIn(platform.clerk.login, platform.clerk.password);
      await page.getByTestId('work-card-0').waitFor({ timeout: 60_000 });
    });
    return { bareMs, signInMs, signInScriptBytes, signInAllBytes, workListMs };
  } finally {
    await browser.close();
  }
}
