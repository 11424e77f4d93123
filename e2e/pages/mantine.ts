import type { Locator, Page } from 'playwright-core';

/**
 * Picks an option of a Mantine Select (options render in a portal as role=option). An option that is
 * already chosen is left alone: clicking it again would deselect it.
 */
export async function pickOption(page: Page, select: Locator, option: string | RegExp): Promise<void> {
  await select.click();
  const choice = page.getByRole('option', { name: option }).first();
  await choice.waitFor();
  if ((await choice.getAttribute('aria-selected')) === 'true') await select.click();
  else await choice.click();
}

/** Adds an option to a Mantine MultiSelect outside a modal; Escape closes its dropdown. */
export async function addOption(page: Page, select: Locator, option: string | RegExp): Promise<void> {
  await pickOption(page, select, option);
  if (await page.getByRole('listbox').first().isVisible()) await page.keyboard.press('Escape');
}
