import type { Page } from 'playwright-core';

/** The owner's settings: logo, the tenant's details, API tokens. */
export class SettingsPage {
  constructor(private readonly page: Page) {}

  /** Waits until the tenant's details and the tokens section have loaded. */
  async waitLoaded(): Promise<void> {
    await this.page.locator('#tenant-details-title').waitFor();
    await this.page.getByTestId('token-create').waitFor();
  }
}
