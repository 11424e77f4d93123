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
    await Promise.race([
      this.page.waitForURL((url) => !url.pathname.startsWith('/sign-in')),
      this.page.getByTestId('sign-in-error').waitFor(),
    ]);
  }

  async error(): Promise<string> {
    return (await this.page.getByTestId('sign-in-error').innerText()).trim();
  }
}
