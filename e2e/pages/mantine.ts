import type { Locator, Page } from 'playwright-core';

/** Picks an option of a Mantine Select (its options render in a portal as role=option). */
export async function pickOption(page: Page, select: Locator, option: string | RegExp): Promise<void> {
  await select.click();
  await page.getByRole('option', { name: option }).first().click();
}
