import type { Page } from 'playwright-core';

export class SignInPage {
  constructor(private readonly page: Page) {}

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/sign-in`);
    await this.waitForForm();
  }

  async waitForForm(): Promise<void> {
    await this.page.getByTestId('sign-in-login').waitFor();
  }

  async signIn(login: string, password: string): Promise<void> {
    await this.page.getByTestId('sign-in-login').fill(login);
    await this.page.getByTestId('sign-in-password').fill(password);
    await this.page.getByTestId('sign-in-submit').click();
    // Until the answer is in, a navigation would cancel the sign-in: wait for the app or the error.
    await this.page.waitForFunction(
      () =>
        !location.pathname.startsWith('/sign-in') ||
        document.querySelector('[data-testid="sign-in-error"]') !== null,
    );
  }

  async error(): Promise<string> {
    return (await this.page.getByTestId('sign-in-error').innerText()).trim();
  }
}
