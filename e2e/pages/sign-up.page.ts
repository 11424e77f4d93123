import type { Page } from 'playwright-core';
import { pickOption } from './mantine';

export interface SignUpPerson {
  name: string;
  email?: string;
  phone?: string;
  password: string;
}

export interface SignUpTenant {
  name: string;
  kind: 'Hợp tác xã' | 'Doanh nghiệp' | 'Co-operative' | 'Enterprise';
  province: string;
  address: string;
  taxCode?: string;
}

/** `/sign-up`, reached from the sign-in page: the person, then their co-op or enterprise. */
export class SignUpPage {
  constructor(private readonly page: Page) {}

  /** Follows the sign-in page's "Đăng ký HTX / doanh nghiệp" link. */
  async openFromSignIn(): Promise<void> {
    await this.page.getByTestId('sign-up-link').click();
    await this.page.getByTestId('sign-up-name').waitFor();
  }

  async fillPerson(person: SignUpPerson): Promise<void> {
    await this.page.getByTestId('sign-up-name').fill(person.name);
    if (person.email) await this.page.getByTestId('sign-up-email').fill(person.email);
    if (person.phone) await this.page.getByTestId('sign-up-phone').fill(person.phone);
    await this.page.getByTestId('sign-up-password').fill(person.password);
    await this.page.getByTestId('sign-up-repeat').fill(person.password);
    await this.page.getByTestId('sign-up-next').click();
    await this.page.getByTestId('tenant-name').waitFor();
  }

  async fillTenant(tenant: SignUpTenant): Promise<void> {
    await this.page.getByTestId('tenant-name').fill(tenant.name);
    await pickOption(this.page, this.page.getByTestId('tenant-kind'), tenant.kind);
    await pickOption(this.page, this.page.getByTestId('tenant-province'), tenant.province);
    await this.page.getByTestId('tenant-address').fill(tenant.address);
    if (tenant.taxCode) await this.page.getByTestId('tenant-tax-code').fill(tenant.taxCode);
  }

  async submit(): Promise<void> {
    await this.page.getByTestId('sign-up-submit').click();
  }

  async error(): Promise<string> {
    return (await this.page.getByTestId('sign-up-error').innerText()).trim();
  }
}
