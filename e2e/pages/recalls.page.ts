import type { Page } from 'playwright-core';

export interface RecallNoticeInput {
  reasonVi: string;
  reasonEn: string;
  instructionsVi: string;
  instructionsEn: string;
  contact: string;
}

/** `/recalls`: the readiness, the list, and starting a recall or a drill. */
export class RecallsPage {
  constructor(private readonly page: Page) {}

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/recalls`);
    await this.page.getByRole('heading', { level: 1, name: 'Triệu hồi' }).waitFor();
  }

  async readinessText(): Promise<string> {
    return this.page.getByTestId('recall-readiness').innerText();
  }

  /** Starts a recall (or a drill) from lots chosen by code; the draft's page opens with its preview. */
  async start(lotCodes: readonly string[], notice: RecallNoticeInput, drill = false): Promise<RecallPage> {
    await this.page.getByTestId(drill ? 'recall-new-drill' : 'recall-new').click();
    for (const code of lotCodes) {
      await this.page.getByTestId('recall-lot-search').fill(code);
      await this.page.getByTestId(`recall-add-lot-${code}`).click();
    }
    for (const [field, value] of Object.entries(notice))
      await this.page.getByTestId(`recall-${field}`).fill(value);
    await this.page.getByTestId('recall-submit').click();
    await this.page.waitForURL(/\/recalls\/[0-9a-f-]+$/);
    return new RecallPage(this.page);
  }
}

/** `/recalls/:id`: the preview, publishing with its confirmation, closing, the report. */
export class RecallPage {
  constructor(private readonly page: Page) {}

  /** The codes of the affected lots, as the preview lists them. */
  async affectedLots(): Promise<string[]> {
    await this.page.getByTestId('recall-scope').waitFor();
    const lots = this.page.getByTestId('recall-lot');
    return Promise.all((await lots.all()).map(async (lot) => (await lot.getAttribute('data-code')) ?? ''));
  }

  async excludedLotsText(): Promise<string[]> {
    return this.page.getByTestId('recall-excluded').allInnerTexts();
  }

  /** Publishes after reading the confirmation; returns what the confirmation said. */
  async publish(): Promise<string> {
    await this.page.getByTestId('recall-publish').click();
    const dialog = this.page.getByRole('dialog');
    const text = await dialog.innerText();
    await dialog.getByTestId('confirm-ok').click();
    await this.page.getByTestId('recall-status').getByText('Đang công bố').waitFor();
    return text;
  }

  /** Asks for the report and waits until its CSV link shows. */
  async makeReport(): Promise<void> {
    await this.page.getByTestId('recall-report-request').click();
    await this.page.getByTestId('recall-report-csv').waitFor({ timeout: 60_000 });
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path, fullPage: true });
  }
}

/** `/lots/:id/trace`: the genealogy both ways, as a graph or a list. */
export class TracePage {
  constructor(private readonly page: Page) {}

  async open(baseUrl: string, lotId: string): Promise<void> {
    await this.page.goto(`${baseUrl}/lots/${lotId}/trace`);
    await this.page.getByTestId('trace-direction').waitFor();
  }

  async walk(direction: 'up' | 'down'): Promise<void> {
    const names = { up: 'Ngược (nguồn gốc)', down: 'Xuôi (sản phẩm làm ra)' } as const;
    await this.page.getByTestId('trace-direction').getByText(names[direction]).click();
  }

  /** The lot codes of the list view, nearest first. */
  async listedLots(): Promise<string[]> {
    await this.page.getByTestId('trace-view').getByText('Danh sách').click();
    await this.page.getByTestId('trace-row').first().waitFor();
    return this.page.getByTestId('trace-row').getByRole('link').allInnerTexts();
  }
}
