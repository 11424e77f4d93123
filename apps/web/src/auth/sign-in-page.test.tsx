import { fireEvent, screen } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { contractFetch, renderWholeApp } from '../test/whole-app';

const problem = (status: number, code: string, detail: string) => ({
  status,
  body: { type: 'about:blank', title: code, status, code, detail, requestId: 'r1' },
});

// A stand-in for the API: nobody is signed in and every password is wrong, in the caller's language.
const fetchStub = contractFetch(({ path, lang }) =>
  path.endsWith('/auth/session-state')
    ? { status: 200, body: { signedIn: false } }
    : problem(
        401,
        'INVALID_CREDENTIALS',
        lang === 'en' ? 'Wrong sign-in name or password.' : 'Tên đăng nhập hoặc mật khẩu không đúng.',
      ),
);

beforeAll(() => {
  vi.stubGlobal('fetch', fetchStub);
  window.history.pushState({}, '', '/staff');
});
afterAll(() => vi.unstubAllGlobals());

describe('sign-in', () => {
  it('sends a guarded visitor to sign-in and shows the server message in the chosen language', async () => {
    await renderWholeApp();

    fireEvent.change(await screen.findByTestId('sign-in-login'), { target: { value: 'lan@htx.vn' } });
    fireEvent.change(screen.getByTestId('sign-in-password'), { target: { value: 'sai-mat-khau' } });
    fireEvent.click(screen.getByTestId('sign-in-submit'));
    expect(await screen.findByText('Tên đăng nhập hoặc mật khẩu không đúng.')).toBeTruthy();
    const [, init] = fetchStub.mock.calls.at(-1) ?? [];
    expect(JSON.parse(String(init?.body))).toEqual({ login: 'lan@htx.vn', password: 'sai-mat-khau' });

    fireEvent.click(screen.getByTestId('language-switch-en'));
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeTruthy();
    fireEvent.click(screen.getByTestId('sign-in-submit'));
    expect(await screen.findByText('Wrong sign-in name or password.')).toBeTruthy();
    expect(window.localStorage.getItem('nguon.lang')).toBe('en');
    // the first import of the whole app takes seconds on a loaded 2-core machine
  }, 30_000);
});
