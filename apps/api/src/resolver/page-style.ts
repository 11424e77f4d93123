import { createHash } from 'node:crypto';

/**
 * The trace page's one inline stylesheet: mobile-first from 360 px, system fonts, no web font or framework.
 * The page's Content-Security-Policy allows exactly this text by its hash (tracePageStyleSource).
 */
export const tracePageStyle = [
  ':root{color-scheme:light;--ink:#1d2a22;--muted:#5b6b61;--line:#dfe6e1;--ok:#0f6b3a;--warn:#8a4b00;--bad:#a4161a}',
  '*{box-sizing:border-box}',
  'body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:#f6f8f6}',
  'header,main,footer{max-width:40rem;margin:0 auto;padding:0 1rem}',
  'header{display:flex;justify-content:space-between;align-items:center;padding-top:.5rem;font-size:.9rem}',
  'nav a{padding:.5rem;display:inline-block;min-width:44px;text-align:center}',
  'a{color:#0b5cad}',
  'h1{font-size:1.4rem;line-height:1.25;margin:.5rem 0}',
  'h2{font-size:1.1rem;margin:0 0 .5rem}',
  'h3{font-size:1rem;margin:.75rem 0 .25rem}',
  'section{background:#fff;border:1px solid var(--line);border-radius:.5rem;padding:.75rem 1rem;margin:.75rem 0}',
  'img{max-width:100%;height:auto;border-radius:.25rem}',
  'dl{margin:0;display:grid;grid-template-columns:minmax(7rem,35%) 1fr;gap:.25rem .75rem}',
  'dt{color:var(--muted)}dd{margin:0;overflow-wrap:anywhere}',
  'ol{list-style:none;margin:0;padding:0}',
  'ol>li{border-left:3px solid var(--ok);padding:0 0 .75rem .75rem;margin-left:.25rem}',
  'time,.muted{color:var(--muted);font-size:.9rem}',
  '.ok{border-color:var(--ok);color:var(--ok)}',
  '.warn{border-color:var(--warn);color:var(--warn);background:#fff8ec}',
  '.bad{border-color:var(--bad);color:var(--bad);background:#fff1f1}',
  '.tag{display:inline-block;border:1px solid currentColor;border-radius:1rem;padding:0 .5rem;font-size:.8rem}',
  '.photos{display:flex;gap:.5rem;overflow-x:auto}.photos img{width:8rem}',
  '@media(min-width:48rem){body{font-size:17px}h1{font-size:1.8rem}}',
].join('');

/** The CSP source that allows the stylesheet above and no other inline style. */
export const tracePageStyleSource = `'sha256-${createHash('sha256').update(tracePageStyle).digest('base64')}'`;

/** The page's policy: the global one (helmet), with style-src narrowed to our own files and this stylesheet. */
export function tracePagePolicy(globalPolicy: string): string {
  const directives = globalPolicy
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive !== '' && !directive.startsWith('style-src'));
  return [...directives, `style-src 'self' ${tracePageStyleSource}`].join(';');
}
