import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from 'playwright-core';
import { FormBuilderPage } from './form-builder.page';

/** The list of catalogs: create one from a template, open one. */
export class CatalogsPage {
  readonly form: FormBuilderPage;
  constructor(private readonly page: Page) {
    this.form = new FormBuilderPage(page);
  }

  async waitForList(): Promise<void> {
    await this.page.getByTestId('catalog-create').waitFor();
  }

  /** Opens "new catalog", starts from a template and names it; the dialog stays open for more fields. */
  async startFromTemplate(kind: string, nameVi: string): Promise<void> {
    await this.page.getByTestId('catalog-create').click();
    await this.page.getByTestId(`catalog-template-${kind}`).click();
    await this.page.getByTestId('catalog-name-vi').fill(nameVi);
  }

  /** Adds a field to the item form of the catalog being created. */
  async addField(type: string, labelVi: string): Promise<void> {
    await this.form.addField(type, labelVi);
  }

  /** Saves the new catalog and lands on its page. */
  async submitCreate(): Promise<CatalogPage> {
    await this.page.getByTestId('catalog-create-submit').click();
    await this.page.getByTestId('catalog-create-submit').waitFor({ state: 'detached' });
    const catalog = new CatalogPage(this.page);
    await catalog.waitLoaded();
    return catalog;
  }

  /** Creates a catalog from a template, named `nameVi`, with the template's fields as they are. */
  async createFromTemplate(kind: string, nameVi: string): Promise<CatalogPage> {
    await this.startFromTemplate(kind, nameVi);
    return this.submitCreate();
  }

  async open(name: string): Promise<CatalogPage> {
    await this.page.getByTestId('catalog-list').getByRole('link', { name }).click();
    const catalog = new CatalogPage(this.page);
    await catalog.waitLoaded();
    return catalog;
  }
}

/** What the import dialog shows after checking a file. */
export interface ImportPreview {
  summary: string;
  /** One row per error: line, column, message. */
  errors: { line: number; column: string; message: string }[];
}

/** One catalog: its items, CSV import and export, search. */
export class CatalogPage {
  constructor(private readonly page: Page) {}

  async waitLoaded(): Promise<void> {
    await this.page.getByTestId('item-search').waitFor();
  }

  /** Opens the import dialog and picks a CSV with this text; resolves with the preview (nothing stored yet). */
  async previewCsv(text: string, fileName = 'thua-ruong.csv'): Promise<ImportPreview> {
    await this.page.getByTestId('catalog-import').click();
    await this.page.getByTestId('catalog-import-file').setInputFiles({
      name: fileName,
      mimeType: 'text/csv',
      buffer: Buffer.from(text, 'utf8'),
    });
    const preview = this.page.getByTestId('catalog-import-preview');
    await preview.waitFor({ timeout: 30_000 });
    const summary = (await this.page.getByTestId('catalog-import-summary').innerText()).trim();
    const errors: ImportPreview['errors'] = [];
    const table = this.page.getByTestId('catalog-import-errors');
    if (await table.isVisible()) {
      for (const row of await table.locator('tbody tr').all()) {
        const cells = (await row.locator('td').allInnerTexts()).map((cell) => cell.trim());
        errors.push({ line: Number(cells[0]), column: cells[1] ?? '', message: cells[2] ?? '' });
      }
    }
    return { summary, errors };
  }

  /** Leaves the import dialog without importing anything. */
  async cancelImport(): Promise<void> {
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Huỷ' }).click();
    await this.page.getByTestId('catalog-import-file').waitFor({ state: 'detached' });
  }

  /** Imports what the preview found valid (every row when all are). */
  async confirmImport(): Promise<void> {
    await this.page.getByTestId('catalog-import-valid-only').click();
    await this.page.getByTestId('catalog-import-file').waitFor({ state: 'detached', timeout: 60_000 });
  }

  /** Imports a CSV whose rows are all valid, preview then confirm. */
  async importCsv(text: string, fileName?: string): Promise<ImportPreview> {
    const preview = await this.previewCsv(text, fileName);
    await this.confirmImport();
    return preview;
  }

  /** "50 mục": the count above the list, once it reads `expected`. */
  async waitForTotal(expected: number): Promise<void> {
    await this.page
      .getByTestId('items-total')
      .filter({ hasText: new RegExp(`^${expected} `) })
      .waitFor({ timeout: 20_000 });
  }

  async search(text: string): Promise<void> {
    await this.page.getByTestId('item-search').fill(text);
  }

  row(index: number): Locator {
    return this.page.getByTestId(`item-row-${index}`);
  }

  rows(): Locator {
    return this.page.locator('[data-testid^="item-row-"]');
  }

  /** Opens an item in the side drawer with its form. */
  async openItem(index: number): Promise<void> {
    await this.page.getByTestId(`item-edit-${index}`).click();
    await this.page.getByTestId('item-form').locator('form').waitFor();
  }

  /** Closes the item drawer without saving. */
  async closeItem(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.page.getByTestId('item-form').waitFor({ state: 'detached' });
  }

  /** Exports the items and resolves with the downloaded file. */
  async exportCsv(): Promise<{ download: Download; bytes: Buffer }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByTestId('catalog-export').click(),
    ]);
    const path = await download.path();
    return { download, bytes: await readFile(path) };
  }
}
