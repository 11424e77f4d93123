import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SetPasswordPage } from './pages/set-password.page';
import { SettingsPage } from './pages/settings.page';
import { ShellPage } from './pages/shell.page';
import { SignInPage } from './pages/sign-in.page';
import { StaffPage } from './pages/staff.page';
import { expectAccessible } from './support/accessibility';
import { type BrowserSession, openBrowser, screenshot, viewports } from './support/browser';
import { type RunningPlatform, startPlatform } from './support/platform-process';

describe('first run: an owner signs in, switches language and adds a clerk who then signs in', () => {
  let platform: RunningPlatform;
  let owner: BrowserSession;
  let clerkLink = '';

  beforeAll(async () => {
    platform = await startPlatform();
    owner = await openBrowser(viewports.desktop);
  });
  afterAll(async () => {
    await owner?.close();
    await platform?.stop();
  });

  it('refuses a wrong password with a message in Vietnamese', async () => {
    const signIn = new SignInPage(owner.page);
    await signIn.open(platform.baseUrl);
    await expectAccessible(owner.page, 'sign-in (vi)');
    await screenshot(owner.page, '01-sign-in-desktop');
    await signIn.signIn(platform.owner.login, 'sai mật khẩu');
    await owner.page.getByTestId('sign-in-error').waitFor();
    expect(await signIn.error()).toContain('Tên đăng nhập hoặc mật khẩu không đúng.');
    await expectAccessible(owner.page, 'sign-in with an error (vi)');
  });

  it('signs the demo owner in and shows the navigation in Vietnamese', async () => {
    await new SignInPage(owner.page).signIn(platform.owner.login, platform.owner.password);
    const shell = new ShellPage(owner.page);
    await owner.page.getByTestId('nav-staff').waitFor();
    expect(await shell.navLabel('staff')).toBe('Nhân sự');
    await expectAccessible(owner.page, 'owner home (vi)');
    await screenshot(owner.page, '02-home-vi-desktop');
  });

  it('switches the language to English, everywhere', async () => {
    const shell = new ShellPage(owner.page);
    await shell.switchLanguage('en');
    expect(await shell.navLabel('staff')).toBe('Staff');
    expect(await shell.navLabel('processes')).toBe('Processes');
    await expectAccessible(owner.page, 'owner home (en)');
  });

  it('invites a clerk and shows the one-time code and link once', async () => {
    const shell = new ShellPage(owner.page);
    await shell.openSection('staff');
    const staff = new StaffPage(owner.page);
    await staff.waitForList();
    await expectAccessible(owner.page, 'staff (en)');
    const { code, link } = await staff.addClerk({ name: 'Lò Thị Hoa', phone: '0987 654 321' });
    expect(code).toMatch(/^[A-Z2-9]{10}$/);
    expect(link).toBe(`${platform.baseUrl}/set-password?code=${code}`);
    await expectAccessible(owner.page, 'staff, one-time code dialog (en)');
    await screenshot(owner.page, '03-clerk-code-en-desktop');
    await staff.closeCodeDialog();
    // An invitation, not yet a member: the clerk joins when they set a password with the code.
    expect(await staff.invitationsText()).toContain('Lò Thị Hoa');
    expect(await staff.rowsText()).not.toContain('Lò Thị Hoa');
    await screenshot(owner.page, '04-staff-en-desktop');
    clerkLink = link;
  });

  it('shows the settings in English without an accessibility fault', async () => {
    await new ShellPage(owner.page).openSection('settings');
    await new SettingsPage(owner.page).waitLoaded();
    await expectAccessible(owner.page, 'settings (en)');
  });

  it('the clerk sets a password on a phone and lands in the co-op', async () => {
    const phone = await openBrowser(viewports.phone);
    try {
      const setPassword = new SetPasswordPage(phone.page);
      await setPassword.open(clerkLink);
      await expectAccessible(phone.page, 'set password (phone, vi)');
      await screenshot(phone.page, '05-set-password-phone');
      await setPassword.setPassword('Hoa-nhap-lieu-2026');
      await phone.page.waitForURL((url) => !url.pathname.startsWith('/set-password'));
      await phone.page.getByTestId('nav-burger').waitFor();
      await expectAccessible(phone.page, 'clerk home (phone, vi)');
      await screenshot(phone.page, '06-clerk-home-phone');
      await phone.page.getByTestId('nav-burger').click();
      await phone.page.getByTestId('nav-lots').waitFor();
      expect(await phone.page.getByTestId('nav-staff').count()).toBe(0);
      await expectAccessible(phone.page, 'clerk navigation open (phone, vi)');
      await screenshot(phone.page, '07-clerk-nav-phone');
    } finally {
      await phone.close();
    }
  });
});
