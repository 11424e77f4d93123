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

  navLabel(section: string) {
    return this.page.getByTestId(`nav-${section}`).innerText();
  }
}
