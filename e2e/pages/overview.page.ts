import type { Page } from 'playwright-core';

/** `/overview`: the owner's first screen, open recalls first. */
export class OverviewPage {
  constructor(private readonly page: Page) {}

  /** Opens the app's home, which is the overview for an owner. */
  async openHome(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/`);
    await this.page.waitForURL(/\/overview$/);
    await this.page.getByTestId('overview-open-recalls').waitFor();
  }

  /** The open recalls' card: whether it is red, its headline, and each recall's line. */
  async openRecalls(): Promise<{ alarm: boolean; banner: string; rows: string[] }> {
    const card = this.page.getByTestId('overview-open-recalls');
    const banner = card.getByTestId('overview-open-recalls-banner');
    await banner.waitFor();
    return {
      alarm: (await card.getAttribute('data-alarm')) === 'true',
      banner: await banner.innerText(),
      rows: await card.getByTestId('overview-open-recall').allInnerTexts(),
    };
  }
}
