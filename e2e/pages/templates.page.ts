import type { Page } from 'playwright-core';

/** The template library: the owner's list and search, a template's preview, and "use this template". */
export class TemplatesPage {
  constructor(private readonly page: Page) {}

  /** From the owner's first screen, the "start from a template" block's link to the whole library. */
  async openFromFirstScreen(): Promise<void> {
    await this.page.getByTestId('start-from-template').waitFor();
    await this.page.getByTestId('start-from-template-all').click();
    await this.page.getByTestId('template-list').waitFor();
  }

  /** Types words into the search (accents optional) and waits until the cards show only matches. */
  async search(words: string, expectName: RegExp): Promise<void> {
    await this.page.getByTestId('template-search').fill(words);
    await this.page
      .getByTestId('template-card')
      .filter({ hasNot: this.page.getByTestId('template-card-name').filter({ hasNotText: expectName }) })
      .first()
      .waitFor();
  }

  cardNames(): Promise<string[]> {
    return this.page.getByTestId('template-card-name').allInnerTexts();
  }

  async openCard(name: RegExp): Promise<void> {
    await this.page
      .getByTestId('template-card')
      .filter({ hasText: name })
      .getByTestId('template-card-open')
      .click();
    await this.page.getByTestId('template-guide').waitFor();
  }

  stageNames(): Promise<string[]> {
    return this.page.getByTestId('template-stage').locator('h3, h4').allInnerTexts();
  }

  /** "Use this template", confirmed: resolves once the new process's designer opened. */
  async use(): Promise<void> {
    await this.page.getByTestId('template-use').click();
    await this.page.getByTestId('template-use-modal').waitFor();
    await this.page.getByTestId('template-use-confirm').click();
    await this.page.waitForURL(/\/processes\/[0-9a-f-]{36}/);
  }
}
