import type { Page } from 'playwright-core';
import { pickOption } from './mantine';

/** The list of processes: create, open. */
export class ProcessesPage {
  constructor(private readonly page: Page) {}

  async create(name: string, productType: string): Promise<void> {
    await this.page.getByTestId('process-create').click();
    await this.page.getByTestId('process-name-vi').fill(name);
    await pickOption(this.page, this.page.getByTestId('process-product-type'), productType);
    await this.page.getByTestId('process-create-submit').click();
    await this.page.getByTestId('designer-canvas').waitFor();
  }
}
