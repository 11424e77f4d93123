import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DesignerPage } from './pages/designer.page';
import { WorkListPage } from './pages/lots.page';
import { ProcessesPage } from './pages/processes.page';
import { ShellPage } from './pages/shell.page';
import { SignInPage } from './pages/sign-in.page';
import { type BrowserSession, openBrowser, screenshot, viewports } from './support/browser';
import { type RunningPlatform, startPlatform } from './support/platform-process';

/**
 * A clerk's phone on the co-op's Wi-Fi opens the PC's address over plain HTTP, the way the README invites,
 * with PUBLIC_BASE_URL left at its default: `coop.lan` stands for that address and resolves to loopback.
 */
describe('a phone on the co-op network reaches the app over plain HTTP', () => {
  let platform: RunningPlatform;
  let phone: BrowserSession;
  let lanUrl = '';
  const httpsRequests: string[] = [];

  beforeAll(async () => {
    platform = await startPlatform({ publicBaseUrl: null });
    phone = await openBrowser(viewports.phone, { hosts: { 'coop.lan': '127.0.0.1' } });
    phone.page.on('request', (request) => {
      if (request.url().startsWith('https:')) httpsRequests.push(request.url());
    });
    lanUrl = `http://coop.lan:${platform.port}`;
  });
  afterAll(async () => {
    await phone?.close();
    await platform?.stop();
  });

  it('shows the sign-in form, every script fetched over http from that address', async () => {
    await new SignInPage(phone.page).open(lanUrl);
    await screenshot(phone.page, '60-sign-in-lan-http-phone');
    expect(new URL(phone.page.url()).host).toBe(`coop.lan:${platform.port}`);
    expect(httpsRequests).toEqual([]);
  });

  it('signs the clerk in with a session cookie that works over http', async () => {
    await new SignInPage(phone.page).signIn(platform.clerk.login, platform.clerk.password);
    await new WorkListPage(phone.page).card('SG').first().waitFor();
    const cookies = await phone.context.cookies(lanUrl);
    const session = cookies.find((cookie) => cookie.name === 'nguon_session');
    expect(session?.secure).toBe(false);
    expect(session?.domain).toBe('coop.lan');
  });

  it('accepts a write sent from that address (origin and anti-forgery checks)', async () => {
    expect(await new ShellPage(phone.page).signOut()).toBe(204);
    await new SignInPage(phone.page).waitForForm();
    expect(httpsRequests).toEqual([]);
  });

  it('lets the owner, on another PC of that network, draw and save a stage (ids made without randomUUID)', async () => {
    const laptop = await openBrowser(viewports.desktop, { hosts: { 'coop.lan': '127.0.0.1' } });
    try {
      const signIn = new SignInPage(laptop.page);
      await signIn.open(lanUrl);
      await signIn.signIn(platform.owner.login, platform.owner.password);
      await new ShellPage(laptop.page).openSection('processes');
      await new ProcessesPage(laptop.page).create('Quy trình lúa nếp', 'Lúa gạo');
      const designer = new DesignerPage(laptop.page);
      await designer.addFirstStage('Thu hoạch', 'thu_hoach');
      await designer.waitSaved();
      await screenshot(laptop.page, '61-designer-lan-http-desktop');
    } finally {
      await laptop.close();
    }
  });
});
