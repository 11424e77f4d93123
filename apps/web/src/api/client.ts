import { createApiClient } from '@nguon/contracts/client';
import { getLang } from '../i18n/lang-store';

let csrfToken: string | null = null;

/** Kept from the latest session answer; sent as X-CSRF-Token on every write. */
export function rememberCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The one API client of the web app: same origin, the person's language, the session's CSRF token. */
export const api = createApiClient({ lang: getLang, csrfToken: () => csrfToken });
