import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ShellPage } from './pages/shell.page';
import { SignInPage } from './pages/sign-in.page';
import { SignUpPage } from './pages/sign-up.page';
import { type BrowserSession, openBrowser, screenshot, viewports } from './support/browser';
import { type RunningPlatform, startPlatform } from './support/platform-process';

const person = { name: 'Lò Thị Hoa', phone: '0912 000 111', password: 'Mat-ong-Bac-Ha-2026' };
const coop = {
  name: 'HTX Mật ong Bắc Hà',
  kind: 'Hợp tác xã',
  province: 'Lào Cai',
  address: 'Xã Bảo Nhai, Bắc Hà',
  taxCode: '5300123456',
} as const;

describe('sign-up: a new co-op gets from the sign-in page to its own empty account on a phone', () => {
  let platform: RunningPlatform;
  let browser: BrowserSession;

  beforeAll(async () => {
    platform = await startPlatform();
    browser = await openBrowser(viewports.phone);
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('signs up the person and the co-op and lands signed in, in the co-op, with nothing in it', async () => {
    const signIn = new SignInPage(browser.page);
    await signIn.open(platform.baseUrl);
    const signUp = new SignUpPage(browser.page);
    await signUp.openFromSignIn();
    await signUp.fillPerson(person);
    await signUp.fillTenant(coop);
    await screenshot(browser.page, 'sign-up-co-op-phone');
    await signUp.submit();
    await browser.page.getByTestId('nav-burger').waitFor();
    const session = await browser.page.evaluate(async () => (await fetch('/api/v1/auth/session')).json());
    expect(session.user).toMatchObject({ name: person.name, phone: '0912000111' });
    expect(session.memberships).toEqual([expect.objectContaining({ tenantName: coop.name, role: 'owner' })]);
    expect(session.currentTenantId).toBe(session.memberships[0].tenantId);
    const lots = await browser.page.evaluate(async () => (await fetch('/api/v1/lots')).json());
    expect(lots.items).toEqual([]);
    await new ShellPage(browser.page).openSection('processes');
    await browser.page.getByTestId('processes-empty').waitFor();
    await screenshot(browser.page, 'sign-up-empty-account-phone');
  });

  it('refuses the same phone number a second time, without saying whose it is', async () => {
    const other = await openBrowser(viewports.phone);
    try {
      await new SignInPage(other.page).open(platform.baseUrl);
      const signUp = new SignUpPage(other.page);
      await signUp.openFromSignIn();
      await signUp.fillPerson({ ...person, name: 'Người Khác' });
      await signUp.fillTenant({ ...coop, name: 'HTX Khác' });
      await signUp.submit();
      await other.page.getByTestId('sign-up-error').waitFor();
      const error = await signUp.error();
      expect(error).toContain('Email hoặc số điện thoại này đã dùng cho một tài khoản');
      expect(error).not.toContain(coop.name);
    } finally {
      await other.close();
    }
  });
});
