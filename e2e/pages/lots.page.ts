import type { Locator, Page } from 'playwright-core';
import { pickOption } from './mantine';

export interface ImageFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** The clerk's home: open lots and a button per stage waiting for them. */
export class WorkListPage {
  constructor(private readonly page: Page) {}

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/lots`);
    await this.page.getByTestId('work-card-0').waitFor();
  }

  card(lotCode: string): Locator {
    return this.page.locator('[data-testid^="work-card-"]').filter({ hasText: lotCode });
  }

  async stagesOf(lotCode: string): Promise<string[]> {
    return (await this.card(lotCode).locator('[data-testid^="work-stage-"]').allInnerTexts()).map(
      (t) => t.split('\n')[0]?.trim() ?? '',
    );
  }

  /** One tap: the stage's form (or the transformation screen) opens. */
  async openStage(lotCode: string, stageName: string): Promise<void> {
    await this.card(lotCode).locator('[data-testid^="work-stage-"]').filter({ hasText: stageName }).click();
  }
}

/** A stage form generated from the lot's process version. Fields are found by their key in the form. */
export class StageEntryPage {
  constructor(private readonly page: Page) {}

  private input(key: string): Locator {
    return this.page.getByTestId(`form-input-root_${key}`);
  }

  async waitForForm(): Promise<void> {
    await this.page.getByTestId('entry-submit').waitFor();
  }

  async fill(key: string, value: string): Promise<void> {
    await this.input(key).fill(value);
  }

  async pickFromCatalog(key: string, search: string, option: string | RegExp): Promise<void> {
    await this.input(key).fill(search);
    await pickOption(this.page, this.input(key), option);
  }

  /** Picks photos from the gallery and waits for the last one's thumbnail. */
  async addPhotos(key: string, files: ImageFile[]): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByTestId(`form-photo-pick-root_${key}`).click();
    await (await chooser).setFiles(files);
    await this.page
      .getByTestId(`form-photo-remove-root_${key}-${files.length - 1}`)
      .waitFor({ timeout: 30_000 });
  }

  async choose(key: string, value: string | boolean): Promise<void> {
    await this.page.getByTestId(`form-option-root_${key}-${String(value)}`).click();
  }

  async valueOf(key: string): Promise<string> {
    return this.input(key).inputValue();
  }

  async isShown(key: string): Promise<boolean> {
    return this.page.getByTestId(`form-field-root_${key}`).isVisible();
  }

  /** The label and messages of one field, as the clerk reads them. */
  async fieldText(key: string): Promise<string> {
    return this.page.getByTestId(`form-field-root_${key}`).innerText();
  }

  /** The message under a field, or null when it shows none. */
  async errorOf(key: string): Promise<string | null> {
    const errors = this.page.locator(`[id="root_${key}__errors"]`);
    return (await errors.count()) > 0 ? (await errors.innerText()).trim() : null;
  }

  /** Taps submit on a form that must refuse: waits for the count of entries to fix. */
  async submitRefused(): Promise<string> {
    await this.page.getByTestId('entry-submit').click();
    return (await this.page.getByTestId('form-errors-summary').innerText()).trim();
  }

  async tapErrorsSummary(): Promise<void> {
    await this.page.getByTestId('form-errors-summary').click();
  }

  /** The key of the field holding the focus (its block's test id), or null. */
  async focusedField(): Promise<string | null> {
    return this.page.evaluate(() => {
      const block = document.activeElement?.closest('[data-testid^="form-field-root_"]');
      return block?.getAttribute('data-testid')?.replace('form-field-root_', '') ?? null;
    });
  }

  /** Sends the form and waits for the lot's timeline it lands on. */
  async submit(): Promise<void> {
    await this.page.getByTestId('entry-submit').click();
    await this.page.waitForURL(/\/lots\/[0-9a-f-]+(#.*)?$/);
    await this.page.getByTestId('genealogy').or(this.page.getByTestId('genealogy-empty')).first().waitFor();
  }
}

/** The owner's (and clerk's) view of one lot: timeline, stages, genealogy. */
export class LotPage {
  constructor(private readonly page: Page) {}

  record(seq: number): Locator {
    return this.page.getByTestId(`record-${seq}`);
  }

  /** What a record shows: its text and the values of its read-only form inputs. */
  async recordText(seq: number): Promise<string> {
    const record = this.record(seq);
    const values = await record
      .locator('input, textarea')
      .evaluateAll((inputs) =>
        inputs.map((input) =>
          input instanceof HTMLInputElement || input instanceof HTMLTextAreaElement ? input.value : '',
        ),
      );
    return [await record.innerText(), ...values].join('\n');
  }

  /** The lot's facts about its quantity: as declared, and as recorded by the stage that sets it (or null). */
  async quantities(): Promise<{ declared: string; recorded: string | null; recordedLabel: string | null }> {
    const facts = this.page.getByTestId('lot-facts');
    const recorded = facts.getByTestId('lot-recorded-quantity');
    const shown = (await recorded.count()) > 0;
    return {
      declared: await facts.getByTestId('lot-declared-quantity').innerText(),
      recorded: shown ? await recorded.innerText() : null,
      recordedLabel: shown ? await facts.getByTestId('lot-recorded-fact').innerText() : null,
    };
  }

  async recordCount(): Promise<number> {
    return this.page.locator('[data-testid^="record-"][id^="record-"]').count();
  }

  async parents(): Promise<string[]> {
    return this.page.getByTestId('genealogy-parent').allInnerTexts();
  }

  async code(): Promise<string> {
    return (await this.page.getByRole('heading', { level: 1 }).innerText()).trim();
  }
}

/** Lots in, lots out at a transformation stage. */
export class TransformationPage {
  constructor(private readonly page: Page) {}

  async waitForInputs(): Promise<void> {
    await this.page.getByTestId('transformation-submit').waitFor();
    await this.page.locator('[data-testid^="input-lot-"]').first().waitFor();
  }

  async takeAlso(lotCode: string): Promise<void> {
    await this.page.getByTestId(`input-check-${lotCode}`).check();
  }

  async setOutputQuantity(index: number, quantity: string): Promise<void> {
    await this.page.getByTestId(`output-${index}-quantity`).fill(quantity);
  }

  async yieldText(): Promise<string> {
    return (await this.page.getByTestId('yield-value').innerText()).trim();
  }

  async submit(): Promise<void> {
    await this.page.getByTestId('transformation-submit').click();
    await this.page.waitForURL(/\/lots\/[0-9a-f-]+(#.*)?$/);
    await this.page.getByTestId('genealogy-parent').first().waitFor();
  }
}
