import type { Page } from 'playwright-core';

/** The experts' template editor: the process in the designer, the details and catalogs tabs, publishing. */
export class TemplateEditorPage {
  constructor(private readonly page: Page) {}

  /** From the managing page, opens the template's draft in the app ("Sửa trong ứng dụng"). */
  async openFromManage(baseUrl: string, key: string): Promise<void> {
    await this.page.goto(`${baseUrl}/templates/manage`);
    const card = this.page.getByTestId(`template-card-${key}`);
    await card.getByRole('button', { name: /Sửa trong ứng dụng/ }).click();
    await this.page.getByTestId('editor-key').filter({ hasText: key }).waitFor();
    await this.page.getByTestId('designer-canvas').waitFor();
  }

  async openTab(tab: 'process' | 'details' | 'catalogs'): Promise<void> {
    await this.page.getByTestId(`editor-tab-${tab}`).click();
  }

  /** Writes one text of the details tab (`summary`, `guide`, `name`...) in one language and saves the tab. */
  async setDetail(field: string, lang: 'vi' | 'en', text: string): Promise<void> {
    await this.openTab('details');
    await this.page.getByTestId(`details-${field}-${lang}`).fill(text);
    await this.saveDetails();
  }

  async saveDetails(): Promise<void> {
    await this.page.getByTestId('details-save').click();
    await this.page.getByTestId('details-save').and(this.page.locator(':disabled')).waitFor();
  }

  /** Publishes with a change note in both languages; resolves with the refusal's text, or null once published. */
  async publish(note: { vi: string; en: string }): Promise<string | null> {
    await this.page.getByTestId('editor-publish').click();
    await this.page.getByTestId('publish-note-vi').fill(note.vi);
    await this.page.getByTestId('publish-note-en').fill(note.en);
    await this.page.getByTestId('publish-submit').click();
    const refusal = this.page.getByTestId('publish-refusal');
    const done = this.page.waitForURL(/\/templates\/manage$/).then(() => null);
    const refused = refusal.waitFor().then(() => refusal.innerText());
    return Promise.race([done, refused]);
  }

  /** The refusal's "go there" button: the tab (and stage) where the problem is fixed. */
  async goToRefusal(): Promise<void> {
    await this.page.getByTestId('publish-refusal').getByTestId('editor-go-to').click();
  }

  /** The notice of an outdated draft ("Version M was published after…"), once the editor shows it. */
  async updateNotice(): Promise<string> {
    const notice = this.page.getByTestId('draft-update-notice');
    await notice.waitFor();
    return notice.innerText();
  }

  /** Opens the drawer of the newest version's changes (a lazy chunk) and waits for its choices. */
  async openUpdate(): Promise<void> {
    await this.page.getByTestId('draft-update-open').click();
    await this.page.getByTestId('draft-update-take').waitFor();
  }

  /** Whether a changed stage of the newest version is ticked to be taken. */
  async stageChosen(key: string): Promise<boolean> {
    return this.page.getByTestId(`template-stage-check-${key}`).isChecked();
  }

  /** Scrolls the drawer down to its button (the drawer scrolls on its own; a page screenshot shows one screen of it). */
  async showUpdateActions(): Promise<void> {
    await this.page.getByTestId('draft-update-take').scrollIntoViewIfNeeded();
  }

  /** Takes the ticked changes; resolves once the draft is loaded again on the newest version. */
  async takeUpdate(): Promise<void> {
    await this.page.getByTestId('draft-update-take').click();
    await this.page.getByTestId('draft-update-notice').waitFor({ state: 'detached' });
    await this.page.getByTestId('designer-canvas').waitFor();
  }

  /** Deletes a catalog on the Catalogs tab, confirming the dialog, and waits for the dialog to close (saved). */
  async deleteCatalog(key: string): Promise<void> {
    await this.openTab('catalogs');
    await this.page.getByTestId(`catalog-delete-${key}`).click();
    await this.page.getByTestId('catalog-delete-confirm').click();
    await this.page.getByTestId('catalog-delete-dialog').waitFor({ state: 'detached' });
  }

  /** Adds a catalog on the Catalogs tab; the tab opens it once saved. */
  async addCatalog(key: string, nameVi: string): Promise<void> {
    await this.openTab('catalogs');
    await this.page.getByTestId('catalog-add').click();
    await this.page.getByTestId('catalog-add-key').fill(key);
    await this.page.getByTestId('catalog-add-name-vi').fill(nameVi);
    await this.page.getByTestId('catalog-add-submit').click();
    await this.page.getByTestId(`catalog-editor-${key}`).waitFor();
  }

  /** Waits until Publish is blocked (or, with `false`, free to press). */
  async waitPublishBlocked(blocked: boolean): Promise<void> {
    await this.page.locator(`[data-testid="editor-publish"][aria-disabled="${blocked}"]`).waitFor();
  }

  async tabShown(tab: 'process' | 'details' | 'catalogs'): Promise<boolean> {
    return (await this.page.getByTestId(`editor-tab-${tab}`).getAttribute('aria-selected')) === 'true';
  }
}
