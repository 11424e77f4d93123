import type { Page } from 'playwright-core';

export interface ScriptTransfer {
  /** Bytes of JavaScript that crossed the network (compressed, with headers) since the previous call. */
  take(): Promise<number>;
  /** Every script URL fetched so far. */
  readonly urls: string[];
}

/** Counts script bytes over Chrome's own network events, with the HTTP cache off so every byte is counted once fetched. */
export async function watchScriptTransfer(page: Page): Promise<ScriptTransfer> {
  const cdp = await page.context().newCDPSession(page);
  const scripts = new Set<string>();
  const urls: string[] = [];
  let bytes = 0;
  cdp.on('Network.responseReceived', (event) => {
    if (event.type !== 'Script') return;
    scripts.add(event.requestId);
    urls.push(event.response.url);
  });
  cdp.on('Network.loadingFinished', (event) => {
    if (scripts.delete(event.requestId)) bytes += event.encodedDataLength;
  });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  return {
    urls,
    async take() {
      // let responses already received finish counting
      await page.waitForLoadState('networkidle');
      const taken = bytes;
      bytes = 0;
      return taken;
    },
  };
}
