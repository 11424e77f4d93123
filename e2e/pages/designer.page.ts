import type { Page } from 'playwright-core';
import { FormBuilderPage } from './form-builder.page';
import { pickOption } from './mantine';

/** The process designer: canvas, stage panel, publish and versions. */
export class DesignerPage {
  readonly form: FormBuilderPage;
  constructor(private readonly page: Page) {
    this.form = new FormBuilderPage(page);
  }

  /** Adds a stage of a kind from the palette (first stage) and names it. */
  async addFirstStage(name: string, key: string): Promise<void> {
    await this.page.getByTestId('designer-palette-stage').click();
    await this.nameSelectedStage(name, key);
  }

  /** Adds the stage after `fromKey` with the "+" on its card, names it and sets its kind. */
  async addStageAfter(fromKey: string, name: string, key: string, kind?: string): Promise<void> {
    await this.page.getByTestId(`stage-add-next-${fromKey}`).click();
    await this.nameSelectedStage(name, key);
    if (kind) await pickOption(this.page, this.page.getByTestId('stage-kind'), kind);
  }

  async nameSelectedStage(name: string, key: string): Promise<void> {
    await this.page.getByTestId('stage-tab-props').click();
    await this.page.getByTestId('stage-name-vi').fill(name);
    await this.page.getByTestId('stage-key').fill(key);
    await this.page.getByTestId(`stage-node-${key}`).waitFor();
  }

  async selectStage(key: string): Promise<void> {
    await this.page.getByTestId(`stage-node-${key}`).click();
  }

  async openForm(): Promise<FormBuilderPage> {
    await this.page.getByTestId('stage-tab-form').click();
    return this.form;
  }

  /** Adds a job to the selected stage, on its Jobs tab; the new job opens in the panel. */
  async addJob(name: string): Promise<void> {
    await this.page.getByTestId('stage-tab-jobs').click();
    await this.page.getByTestId('job-new-name').fill(name);
    await this.page.getByTestId('job-add').click();
    await this.page.getByTestId('job-name-vi').waitFor();
  }

  /** Opens a job of the selected stage from its Jobs tab. */
  async openJob(key: string): Promise<void> {
    await this.page.getByTestId('stage-tab-jobs').click();
    await this.page.getByTestId(`job-open-${key}`).click();
    await this.page.getByTestId('job-name-vi').waitFor();
  }

  async setJobMinCount(count: number): Promise<void> {
    await this.page.getByTestId('job-min-count').fill(String(count));
  }

  /** Once/repeatable and required/optional of the open job, by the words on their buttons. */
  async setJobChoice(choice: 'once' | 'repeatable' | 'required' | 'optional'): Promise<void> {
    const control = choice === 'once' || choice === 'repeatable' ? 'job-repeatable' : 'job-required';
    const words = {
      once: 'Một lần',
      repeatable: 'Nhiều lần',
      required: 'Bắt buộc',
      optional: 'Không bắt buộc',
    };
    await this.page.getByTestId(control).getByText(words[choice], { exact: true }).click();
  }

  /** The open job's form, in the same builder a stage's form uses. */
  async openJobForm(): Promise<FormBuilderPage> {
    await this.page.getByTestId('job-tab-form').click();
    return this.form;
  }

  async openJobProperties(): Promise<void> {
    await this.page.getByTestId('job-tab-props').click();
  }

  /** Back from the open job to the stage's list of jobs. */
  async backToJobs(): Promise<void> {
    await this.page.getByTestId('job-back').click();
    await this.page.getByTestId('stage-jobs').waitFor();
  }

  async jobNames(): Promise<string[]> {
    return this.page.locator('[data-testid^="job-row-"] .designer-job-open > :first-child').allInnerTexts();
  }

  async setCloseWhenFollowed(): Promise<void> {
    await this.page.getByTestId('stage-close-when-followed').check();
  }

  /** Adds a waiting period (of the open job, or of the selected stage's properties); answers its sentence. */
  async addWaitingPeriod(afterJob: string | RegExp, days: number, dayField?: string): Promise<string> {
    const index = await this.page.locator('[data-testid^="waiting-period-"]').count();
    await this.page.getByTestId('waiting-add').click();
    const period = this.page.getByTestId(`waiting-period-${index}`);
    await pickOption(this.page, period.getByTestId('waiting-job'), afterJob);
    await period.getByTestId('waiting-days').fill(String(days));
    if (dayField) await pickOption(this.page, period.getByTestId('waiting-field'), dayField);
    return period.getByTestId('waiting-sentence').innerText();
  }

  async waitSaved(): Promise<void> {
    await this.page
      .locator('[data-testid="designer-save-state"][data-state="saved"]')
      .waitFor({ timeout: 20_000 });
  }

  async problemsText(): Promise<string> {
    return this.page.getByTestId('designer-problems').innerText();
  }

  async autoLayout(): Promise<void> {
    await this.page.getByTestId('designer-layout').click();
  }

  /** Publishes the draft with a note; resolves with the confirmation the owner reads ("Đã phát hành phiên bản 2."). */
  async publish(note: string): Promise<string> {
    await this.waitSaved();
    await this.page.getByTestId('designer-publish').click();
    await this.page.getByTestId('publish-note').fill(note);
    await this.page.getByTestId('publish-submit').click();
    await this.page.getByTestId('publish-note').waitFor({ state: 'detached' });
    const confirmation = this.page.getByText(/^Đã phát hành phiên bản \d+\.$/).last();
    await confirmation.waitFor();
    return confirmation.innerText();
  }

  async openVersions(): Promise<void> {
    await this.page.getByTestId('designer-versions').click();
    await this.page.getByTestId('version-row-1').waitFor();
  }

  async compare(from: string, to: string): Promise<string> {
    await pickOption(this.page, this.page.getByTestId('diff-from'), from);
    await pickOption(this.page, this.page.getByTestId('diff-to'), to);
    await this.page.getByTestId('diff-view').waitFor();
    return this.page.getByTestId('diff-view').innerText();
  }
}
