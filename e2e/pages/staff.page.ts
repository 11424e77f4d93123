import type { Page } from 'playwright-core';

export interface NewMember {
  name: string;
  email?: string;
  phone?: string;
}

/** The owner's staff screen. */
export class StaffPage {
  constructor(private readonly page: Page) {}

  async waitForList(): Promise<void> {
    await this.page.getByTestId('staff-list').waitFor();
  }

  /** Invites a clerk and returns the one-time code and link the dialog shows. */
  async addClerk(member: NewMember): Promise<{ code: string; link: string }> {
    await this.page.getByTestId('staff-add').click();
    await this.page.getByTestId('add-staff-name').fill(member.name);
    if (member.email) await this.page.getByTestId('add-staff-email').fill(member.email);
    if (member.phone) await this.page.getByTestId('add-staff-phone').fill(member.phone);
    await this.page.getByTestId('add-staff-submit').click();
    const code = this.page.getByTestId('staff-code');
    await code.waitFor();
    const link = this.page.getByTestId('staff-code-link');
    return { code: await this.valueOf(code), link: await this.valueOf(link) };
  }

  async closeCodeDialog(): Promise<void> {
    await this.page.getByTestId('staff-code-done').click();
    await this.page.getByTestId('staff-code').waitFor({ state: 'detached' });
  }

  rowsText(): Promise<string> {
    return this.page.getByTestId('staff-list').innerText();
  }

  /** The invitations not yet accepted, below the members. */
  invitationsText(): Promise<string> {
    return this.page.getByTestId('staff-invitations').innerText();
  }

  private async valueOf(locator: ReturnType<Page['getByTestId']>): Promise<string> {
    const tag = await locator.evaluate((el) => el.tagName);
    return tag === 'INPUT' ? locator.inputValue() : (await locator.innerText()).trim();
  }
}
