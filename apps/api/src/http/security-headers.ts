import helmet from 'helmet';

/** True when the platform is published over HTTPS (PUBLIC_BASE_URL), the one switch for transport-strict headers and cookies. */
export const publishedOverHttps = (publicBaseUrl: string): boolean => publicBaseUrl.startsWith('https://');

/**
 * Helmet's headers, with HSTS and `upgrade-insecure-requests` only for an HTTPS deployment: over plain HTTP at a
 * LAN address (a phone at http://192.168.1.10:3000) they make the browser fetch every script over https, a blank page.
 */
export function securityHeaders(publicBaseUrl: string) {
  const strict = publishedOverHttps(publicBaseUrl);
  return helmet({
    contentSecurityPolicy: strict ? true : { directives: { upgradeInsecureRequests: null } },
    strictTransportSecurity: strict,
  });
}
