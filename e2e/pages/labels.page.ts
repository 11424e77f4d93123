import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { pickOption } from './mantine';

export interface LabelOrder {
  kind: 'product' | 'lot' | 'blank';
  product?: string | RegExp;
  lot?: string;
  quantity: number;
  layout?: string | RegExp;
}

/** `/labels`: the batches with their live progress, ordering, and finding a label by its code. */
export class LabelsPage {
  constructor(private readonly page: Page) {}

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/labels`);
    await this.page.getByRole('heading', { level: 1, name: 'Tem truy xuất' }).waitFor();
  }

  async emptyText(): Promise<string> {
    return this.page.getByTestId('label-batches-empty').innerText();
  }

  /** Fills the order dialog; returns the sample URL it previews, before sending. */
  async fillOrder(order: LabelOrder): Promise<string> {
    await this.page.getByTestId('label-order').click();
    const names = { product: 'Sản phẩm', lot: 'Một lô', blank: 'Tem trắng' } as const;
    await this.page.getByTestId('label-order-kind').getByText(names[order.kind]).click();
    if (order.product)
      await pickOption(this.page, this.page.getByTestId('label-order-product'), order.product);
    if (order.lot) await pickOption(this.page, this.page.getByTestId('label-order-lot'), order.lot);
    await this.page.getByTestId('label-order-quantity').fill(String(order.quantity));
    if (order.layout) await pickOption(this.page, this.page.getByTestId('label-order-layout'), order.layout);
    return this.page.getByTestId('label-order-sample-url').innerText();
  }

  async previewCells(): Promise<number> {
    return this.page.getByTestId('label-preview-cell').count();
  }

  /** Sends the order; the batch page opens. */
  async submitOrder(): Promise<LabelBatchPage> {
    await this.page.getByTestId('label-order-submit').click();
    await this.page.waitForURL(/\/labels\/batches\/[0-9a-f-]+$/);
    return new LabelBatchPage(this.page);
  }
}

/** One batch: state, live progress, downloads, cancelling. */
export class LabelBatchPage {
  constructor(private readonly page: Page) {}

  async state(): Promise<string> {
    return (await this.page.getByTestId('label-batch-state').innerText()).trim();
  }

  /** Every count the progress line showed, polled until the batch is final (or `timeoutMs` passes). */
  async watchProgress(timeoutMs = 60_000): Promise<string[]> {
    const seen: string[] = [];
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      const count = await this.page
        .getByTestId('label-batch-progress-count')
        .innerText({ timeout: 200 })
        .catch(() => null);
      if (count && seen.at(-1) !== count) seen.push(count);
      if (['Hoàn tất', 'Lỗi', 'Đã huỷ'].includes(await this.state())) return seen;
      await this.page.waitForTimeout(250);
    }
    return seen;
  }

  async facts(): Promise<string> {
    return this.page.getByTestId('label-batch-facts').innerText();
  }

  /** Downloads the CSV of the batch and returns its text. */
  async downloadCsv(): Promise<string> {
    const download = this.page.waitForEvent('download');
    await this.page.getByTestId('label-download-csv').click();
    const path = await (await download).path();
    return readFile(path, 'utf8');
  }

  async pdfReady(): Promise<boolean> {
    return (await this.page.getByTestId('label-download-pdf').getAttribute('href')) !== null;
  }
}
