import type { Locator, Page } from 'playwright-core';

/** A stage with jobs, opened from the work list: its jobs with their counts and "Finish this stage". */
export class StageJobsPage {
  constructor(private readonly page: Page) {}

  async waitForJobs(): Promise<void> {
    await this.page.getByTestId('jobs').waitFor();
  }

  job(name: string): Locator {
    return this.page.locator('[data-testid^="jobs-job-"][data-job]').filter({ hasText: name });
  }

  /** "1/2", "0 · tuỳ chọn": what the job has and still needs. */
  async countOf(name: string): Promise<string> {
    return (await this.job(name).locator('[data-testid$="-count"]').innerText()).trim();
  }

  async openJob(name: string): Promise<void> {
    await this.job(name).click();
    await this.page.getByTestId('entry-submit').waitFor();
  }

  finishButton(): Locator {
    return this.page.getByTestId('jobs-finish');
  }

  async finishReason(): Promise<string | null> {
    const reason = this.page.getByTestId('jobs-finish-reason');
    return (await reason.count()) > 0 ? (await reason.innerText()).trim() : null;
  }

  /** Taps finish, confirms, and waits for the stage to show as finished. */
  async finish(): Promise<void> {
    await this.finishButton().click();
    await this.page.getByTestId('confirm-ok').click();
    await this.page.getByTestId('entry-not-available').waitFor();
  }
}

/** The entry of a job or stage with waiting periods: the notices above the form and the event time. */
export class WaitingEntryPage {
  constructor(private readonly page: Page) {}

  async heading(): Promise<string> {
    return (await this.page.getByRole('heading', { level: 1 }).innerText()).trim();
  }

  async waitNotices(): Promise<string[]> {
    return (await this.page.locator('[data-testid^="entry-wait-"]').allInnerTexts()).map((t) => t.trim());
  }

  /** Sets the event time as the clerk types it in the phone's picker (local time). */
  async setEventTime(local: Date): Promise<void> {
    const pad = (n: number) => String(n).padStart(2, '0');
    const value = `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}T${pad(local.getHours())}:${pad(local.getMinutes())}`;
    await this.page.getByTestId('event-time').fill(value);
  }

  /** The message the event time field shows (a refusal of the server lands there). */
  async eventTimeError(): Promise<string> {
    const field = this.page.getByTestId('event-time');
    const id = await field.getAttribute('aria-describedby');
    const error = this.page.locator('.mantine-TextInput-error');
    await error.first().waitFor();
    return id ? (await error.first().innerText()).trim() : '';
  }
}
