import type { Page } from 'playwright-core';
import { addOption, pickOption } from './mantine';

/** The form builder of the selected stage. */
export class FormBuilderPage {
  constructor(private readonly page: Page) {}

  /** Adds a field of a palette type after the selected one and names it; it becomes the selected field. */
  async addField(type: string, labelVi: string): Promise<void> {
    await this.page.getByTestId('fb-tab-build').click();
    await this.page.getByTestId(`fb-palette-${type}`).click();
    await this.page.getByTestId('fb-prop-label-vi').fill(labelVi);
  }

  async setRequired(): Promise<void> {
    await this.page.getByTestId('fb-prop-required').check();
  }

  async setPublic(): Promise<void> {
    await this.page.getByTestId('fb-prop-public').check();
  }

  async setUnit(option: string | RegExp): Promise<void> {
    await pickOption(this.page, this.page.getByTestId('fb-prop-unit'), option);
  }

  async setCatalog(name: string): Promise<void> {
    await pickOption(this.page, this.page.getByTestId('fb-prop-catalog'), name);
  }

  /** "When <field> is <value> then <effect> <target>". */
  async addRule(field: string, value: string, effect: string, target: string): Promise<void> {
    await this.page.getByTestId('fb-rule-add').click();
    const index = (await this.page.locator('[data-testid^="fb-rule-remove-"]').count()) - 1;
    await pickOption(this.page, this.page.getByTestId(`fb-rule-when-${index}`), field);
    await pickOption(this.page, this.page.getByTestId(`fb-rule-equals-${index}`), value);
    await pickOption(this.page, this.page.getByTestId(`fb-rule-effect-${index}`), effect);
    await addOption(this.page, this.page.getByTestId(`fb-rule-targets-${index}`), target);
  }

  async openPreview(): Promise<void> {
    await this.page.getByTestId('fb-tab-preview').click();
    await this.page.getByTestId('fb-preview-frame').waitFor();
    await this.page.getByTestId('form-submit').waitFor();
  }
}
