import type { Page } from 'playwright-core';

export interface PageWeight {
  /** The HTML document's body as received (decoded). */
  htmlBytes: number;
  /** Everything that crossed the network for the page, compressed, with headers. */
  transferredBytes: number;
  /** Transferred bytes per resource type (Document, Image, Stylesheet, Script, Font…). */
  byType: Record<string, number>;
}

/** Opens `url` with the HTTP cache off and weighs it over Chrome's own network events, as a first visit costs. */
export async function weighPage(page: Page, url: string): Promise<PageWeight> {
  const cdp = await page.context().newCDPSession(page);
  const types = new Map<string, string>();
  const byType: Record<string, number> = {};
  let transferredBytes = 0;
  cdp.on('Network.responseReceived', (event) => {
    types.set(event.requestId, event.type);
  });
  cdp.on('Network.loadingFinished', (event) => {
    const type = types.get(event.requestId) ?? 'Other';
    byType[type] = (byType[type] ?? 0) + event.encodedDataLength;
    transferredBytes += event.encodedDataLength;
  });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const response = await page.goto(url);
  if (!response) throw new Error(`no answer for ${url}`);
  const htmlBytes = (await response.body()).byteLength;
  // images are lazy: scroll to the end so the ones a reader would see are counted too
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState('networkidle');
  await cdp.detach();
  return { htmlBytes, transferredBytes, byType };
}
