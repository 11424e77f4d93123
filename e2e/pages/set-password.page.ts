import type { Page } from 'playwright-core';

export class SetPasswordPage {
  constructor(private readonly page: Page) {}

  async open(link: string): Promise<void> {
    await this.page.goto(link);
    await this.page.getByTestId('set-password-new').waitFor();
  }

  async setPassword(password: string): Promise<void> {
    await this.page.getByTestId('set-password-new').fill(password);
    await this.page.getByTestId('set-password-repeat').fill(password);
    await this.page.getByTestId('set-password-submit').click();
  }
}
