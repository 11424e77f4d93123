import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLang } from '../i18n/lang-store';
import { fakeSession } from '../processes/testing/fake-process-api';
import { ShellNavbar } from '../shell/shell-navbar';
import { renderRoutes } from '../test/render-routes';
import { contractFetch, type FakeAnswer, type FakeRequest } from '../test/whole-app';
import { ManageTemplatesPage } from './manage-templates-page';
import { expertSession, teaTemplate, templateId, versionOne, versionTwo } from './template-fixtures';

// the API client binds fetch when the module loads: the stand-in is in place before it
const server = vi.hoisted(() => {
  type Fetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  const holder: { fetch: Fetch } = { fetch: () => Promise.reject(new Error('no fake api')) };
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => holder.fetch(input, init);
  return holder;
});

const calls: FakeRequest[] = [];
const tooLong = (body: unknown) => JSON.stringify(body).length > 1000;
let deprecatedTwo = false;

function answer(request: FakeRequest): FakeAnswer {
  calls.push(request);
  const { method, path, body } = request;
  if (method === 'GET' && path === '/api/v1/templates')
    return { status: 200, body: { items: [teaTemplate] } };
  if (method === 'GET' && path === '/api/v1/template-drafts') return { status: 200, body: { items: [] } };
  if (method === 'GET' && path === `/api/v1/templates/${templateId}/versions`) {
    const two = deprecatedTwo
      ? { ...versionTwo, deprecated: { at: '2026-12-06T03:00:00Z', message: { vi: 'Sai', en: 'Wrong' } } }
      : versionTwo;
    return { status: 200, body: { items: [two, versionOne] } };
  }
  if (method === 'POST' && path === `/api/v1/templates/${templateId}/versions`) {
    return {
      status: 422,
      body: {
        type: 'about:blank',
        title: 'Unprocessable',
        status: 422,
        code: 'TEMPLATE_FORM_INVALID',
        detail: 'biểu mẫu không biên dịch được: kiểu "chuoi" không có',
        path: '/file/process/definition/stages/2/form',
        requestId: 'r1',
      },
    };
  }
  if (method === 'POST' && path === `/api/v1/templates/${templateId}/versions/2/deprecate` && tooLong(body)) {
    return {
      status: 400,
      body: {
        type: 'urn:nguon:error:validation-failed',
        title: 'VALIDATION_FAILED',
        status: 400,
        code: 'VALIDATION_FAILED',
        detail: 'Dữ liệu không hợp lệ tại /message/en: tối đa 1000 ký tự',
        path: '/message/en',
        errors: [{ path: '/message/en', message: 'Tối đa 1000 ký tự' }],
        requestId: 'r2',
      },
    };
  }
  if (method === 'POST' && path === `/api/v1/templates/${templateId}/versions/2/deprecate`) {
    deprecatedTwo = true;
    return {
      status: 200,
      body: {
        ...versionTwo,
        deprecated: { at: '2026-12-06T03:00:00Z', message: { vi: 'Sai', en: 'Wrong' } },
      },
    };
  }
  throw new Error(`unexpected ${method} ${path}`);
}

const routes = (
  <>
    <Route path="/templates/manage" element={<ManageTemplatesPage />} />
    <Route path="/templates" element={<p>library</p>} />
  </>
);

function chooseFile(testId: string, name: string, text: string) {
  const button = screen.getByTestId(testId);
  const input =
    button.parentElement?.querySelector('input[type="file"]') ?? document.querySelector('input[type="file"]');
  if (!(input instanceof HTMLInputElement)) throw new Error('no file input');
  fireEvent.change(input, { target: { files: [new File([text], name, { type: 'application/json' })] } });
}

beforeEach(() => {
  calls.length = 0;
  deprecatedTwo = false;
  const fetch = contractFetch(answer);
  server.fetch = (input, init) => fetch(String(input), init ?? {});
});
afterEach(() => setLang('vi'));

describe('manage templates', () => {
  it('lists every template with its versions: number, source, note, date and deprecation', async () => {
    renderRoutes('/templates/manage', expertSession(), routes);
    const card = await screen.findByTestId('template-card-che-shan-tuyet');
    const two = await within(card).findByTestId('template-version-2');
    expect(two.textContent).toContain('Phiên bản 2');
    expect(two.textContent).toContain('Đăng bởi Hà');
    expect(two.textContent).toContain('Thêm công việc tưới');
    const one = within(card).getByTestId('template-version-1');
    expect(one.textContent).toContain('Từ tệp');
    expect(one.textContent).toContain('Ngừng dùng từ');
    expect(one.textContent).toContain('Thiếu thời gian cách ly');
    expect(within(one).queryByTestId('template-deprecate-1')).toBeNull();
    expect(calls.find((call) => call.path === '/api/v1/templates')).toBeTruthy();
  });

  it("shows the server's coded problem with its path when a new version is refused", async () => {
    renderRoutes('/templates/manage', expertSession(), routes);
    const card = await screen.findByTestId('template-card-che-shan-tuyet');
    await within(card).findByTestId('template-version-2');
    chooseFile('template-new-version', 'che.json', '{"format":"nguon.template","schemaVersion":2}');
    const rejected = await within(card).findByTestId('template-rejected');
    expect(rejected.textContent).toContain('Không đăng được tệp che.json');
    expect(rejected.textContent).toContain('TEMPLATE_FORM_INVALID');
    expect(rejected.textContent).toContain('/file/process/definition/stages/2/form');
    const sent = calls.find((call) => call.method === 'POST');
    expect(sent?.body).toEqual({ file: { format: 'nguon.template', schemaVersion: 2 } });
  });

  it.each([
    ['vi', 'Tệp notes.json không phải JSON hợp lệ: lỗi cú pháp ở dòng 2, cột 3'],
    ['en', 'The file notes.json is not valid JSON: a syntax error at line 2, column 3'],
  ] as const)(
    "says in %s where a file stops being JSON, not the browser's words, and sends nothing",
    async (lang, said) => {
      setLang(lang);
      renderRoutes('/templates/manage', expertSession(), routes);
      await screen.findByTestId('template-card-che-shan-tuyet');
      chooseFile('template-new', 'notes.json', '{\n  not json }');
      const rejected = await screen.findByTestId('template-rejected');
      expect(rejected.textContent).toContain(said);
      expect(rejected.textContent).not.toMatch(/Unexpected|position/);
      expect(calls.filter((call) => call.method === 'POST')).toEqual([]);
    },
  );

  it('deprecates a version with a message in both languages', async () => {
    renderRoutes('/templates/manage', expertSession(['admin']), routes);
    fireEvent.click(await screen.findByTestId('template-deprecate-2'));
    const submit = await screen.findByTestId('deprecate-submit');
    fireEvent.change(screen.getByTestId('deprecate-message-vi'), { target: { value: 'Sai' } });
    expect(submit.hasAttribute('disabled')).toBe(true);
    fireEvent.change(screen.getByTestId('deprecate-message-en'), { target: { value: 'Wrong' } });
    fireEvent.click(submit);
    await waitFor(() =>
      expect(calls.find((call) => call.path.endsWith('/deprecate'))?.body).toEqual({
        message: { vi: 'Sai', en: 'Wrong' },
      }),
    );
    await waitFor(() => expect(screen.queryByTestId('template-deprecate-2')).toBeNull());
  });

  it('shows a refusal of the English message under the English field, not the Vietnamese one', async () => {
    renderRoutes('/templates/manage', expertSession(['admin']), routes);
    fireEvent.click(await screen.findByTestId('template-deprecate-2'));
    const submit = await screen.findByTestId('deprecate-submit');
    fireEvent.change(screen.getByTestId('deprecate-message-vi'), { target: { value: 'Sai' } });
    fireEvent.change(screen.getByTestId('deprecate-message-en'), { target: { value: 'W'.repeat(1001) } });
    fireEvent.click(submit);
    expect(await screen.findByText('Tối đa 1000 ký tự')).toBeTruthy();
    const en = screen.getByTestId('deprecate-message-en');
    expect(en.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByTestId('deprecate-message-vi').getAttribute('aria-invalid')).not.toBe('true');
  });

  it("links the experts' screen under templates in the navigation, for experts only", async () => {
    const navbar = (
      <Route path="/templates" element={<ShellNavbar isMobile={false} onNavigate={() => {}} />} />
    );
    renderRoutes('/templates', expertSession(), navbar);
    const link = await screen.findByTestId('nav-templates-manage');
    expect(link.getAttribute('href')).toBe('/templates/manage');
    expect(link.textContent).toBe('Quản lý mẫu');
    expect(screen.getByTestId('nav-templates')).toBeTruthy();
  });

  it('shows no publishing link to a co-op owner', async () => {
    const navbar = (
      <Route path="/templates" element={<ShellNavbar isMobile={false} onNavigate={() => {}} />} />
    );
    renderRoutes('/templates', fakeSession('owner'), navbar);
    await screen.findByTestId('nav-templates');
    expect(screen.queryByTestId('nav-templates-manage')).toBeNull();
  });

  it('sends someone who is not an expert back to the library', async () => {
    renderRoutes('/templates/manage', expertSession([]), routes);
    expect(await screen.findByText('library')).toBeTruthy();
    expect(calls).toEqual([]);
  });
});
