import type { Page, Response } from 'playwright-core';

/**
 * The public page behind a label's QR code (server-rendered by the resolver). Read as a visitor reads it: by
 * its visible text and links, not by the markup, which the page may arrange as it likes.
 */
export class ConsumerTracePage {
  constructor(private readonly page: Page) {}

  /** Opens a label URL as a phone's camera app does; returns the answer (status, headers, body). */
  async open(url: string): Promise<Response> {
    const response = await this.page.goto(url);
    if (!response) throw new Error(`no answer for ${url}`);
    return response;
  }

  /** Everything a visitor can read, whitespace folded. */
  async visibleText(): Promise<string> {
    return (await this.page.locator('body').innerText()).replace(/\s+/g, ' ');
  }

  /** The document's language as the page declares it (`<html lang>`). */
  async language(): Promise<string> {
    return (await this.page.locator('html').getAttribute('lang')) ?? '';
  }

  /** Follows the visible language switch to English or Vietnamese (a link: it works without JavaScript). */
  async switchTo(language: 'vi' | 'en'): Promise<void> {
    const name = language === 'en' ? /^\s*(english|en)\s*$/i : /^\s*(tiếng việt|vi)\s*$/i;
    const link = this.page
      .locator(`a[hreflang="${language}"], a[lang="${language}"]`)
      .or(this.page.getByRole('link', { name }))
      .first();
    await link.click();
    await this.page.locator(`html[lang^="${language}"]`).waitFor({ state: 'attached' });
  }

  /** The page's widest element fits the viewport: nothing to scroll sideways on a phone. */
  async overflowsSideways(): Promise<boolean> {
    const { scroll, client } = await this.page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    return scroll > client + 1;
  }
}
