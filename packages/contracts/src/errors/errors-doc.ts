import { errorCatalogue } from './error-catalogue';

/** docs/errors.md, generated from the catalogue so the two never drift. */
export function renderErrorsDoc(): string {
  const rows = Object.entries(errorCatalogue).map(
    ([code, entry]) => `| \`${code}\` | ${entry.status} | ${entry.vi} | ${entry.en} |`,
  );
  return [
    '# Error codes',
    '',
    'Every error the API answers with is `application/problem+json` with a stable `code`, the HTTP `status`,',
    "a `detail` message in the caller's language (Vietnamese by default; English with `Accept-Language: en`,",
    '`?lang=en` or the `nguon_lang` cookie), the JSON pointer `path` of the bad value where there is one, and',
    'every field error in `errors`. `{name}` placeholders are filled from `params`.',
    '',
    'This file is generated from `packages/contracts/src/errors/error-catalogue.ts` by `npm run docs:errors`;',
    'a test fails when it is out of date.',
    '',
    '| code | status | Tiếng Việt | English |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
