import type { Page } from 'playwright-core';

/** The frame around every screen: navigation, language switch, tenant switcher, user menu. */
export class ShellPage {
  constructor(private readonly page: Page) {}

  async switchLanguage(lang: 'vi' | 'en'): Promise<void> {
    await this.page.getByTestId(`language-switch-${lang}`).first().click();
    await this.page.waitForFunction((expected) => document.documentElement.lang === expected, lang);
  }

  async openSection(section: string): Promise<void> {
    const burger = this.page.getByTestId('nav-burger');
    if (await burger.isVisible()) await burger.click();
    await this.page.getByTestId(`nav-${section}`).click();
  }

  /** Signs out through the user menu; resolves with the status the server answered the sign-out write with. */
  async signOut(): Promise<number> {
    await this.page.getByTestId('user-menu').click();
    const answer = this.page.waitForResponse((response) => response.url().endsWith('/api/v1/auth/sign-out'));
    await this.page.getByTestId('user-menu-sign-out').click();
    return (await answer).status();
  }

  navLabel(section: string) {
    return this.page.getByTestId(`nav-${section}`).innerText();
  }
}
