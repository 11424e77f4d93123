import helmet from 'helmet';

/** True when the platform is published over HTTPS (PUBLIC_BASE_URL), the one switch for transport-strict headers and cookies. */
export const publishedOverHttps = (publicBaseUrl: string): boolean => publicBaseUrl.startsWith('https://');

/**
 * `script-src`: our own scripts, plus `'wasm-unsafe-eval'` so the label scanner's QR reader (ZXing compiled to
 * WebAssembly, the `barcode-detector` polyfill for phones without a native `BarcodeDetector`) may compile its
 * module. The keyword allows `WebAssembly.compile`/`instantiate` only: `eval`, `new Function` and inline scripts
 * stay forbidden, and the .wasm itself comes from our own origin (`connect-src` falls back to 'self'). ADR 0007.
 */
export const scriptSources = ["'self'", "'wasm-unsafe-eval'"];

/**
 * Helmet's headers, with HSTS and `upgrade-insecure-requests` only for an HTTPS deployment: over plain HTTP at a
 * LAN address (a phone at http://192.168.1.10:3000) they make the browser fetch every script over https, a blank page.
 */
export function securityHeaders(publicBaseUrl: string) {
  const strict = publishedOverHttps(publicBaseUrl);
  return helmet({
    contentSecurityPolicy: {
      directives: {
        scriptSrc: scriptSources,
        ...(strict ? {} : { upgradeInsecureRequests: null }),
      },
    },
    strictTransportSecurity: strict,
  });
}
