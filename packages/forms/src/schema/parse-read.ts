import type { LocalizedText } from '@nguon/domain';
import { type FormProblem, formProblem } from './form-problem';
import { isRecord, isStringArray, type JsonRecord, own, pointer } from './json-utils';

/** Where a field sits in the document, and where its problems go. */
export interface ParseSite {
  schemaPath: string;
  uiPath: string;
  /** Field key for messages (`group.sub` inside groups). */
  key: string;
  problems: FormProblem[];
}

export function badValue(site: ParseSite, path: string, keyword: string): null {
  site.problems.push(formProblem('invalid_schema', path, { reason: 'bad_value', keyword, key: site.key }));
  return null;
}

/** Reports every key of `record` outside `allowed` as `unknown_keyword`. */
export function checkKeywords(
  record: JsonRecord,
  allowed: readonly string[],
  path: string,
  site: ParseSite,
): void {
  for (const keyword of Object.keys(record)) {
    if (!allowed.includes(keyword)) {
      site.problems.push(formProblem('unknown_keyword', pointer(path, keyword), { keyword, key: site.key }));
    }
  }
}

export function readNumber(record: JsonRecord, keyword: string, site: ParseSite): number | null {
  const value = own(record, keyword);
  if (value === undefined) return null;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  return badValue(site, pointer(site.schemaPath, keyword), keyword);
}

export function readString(
  record: JsonRecord,
  keyword: string,
  path: string,
  site: ParseSite,
): string | null {
  const value = own(record, keyword);
  if (value === undefined) return null;
  if (typeof value === 'string') return value;
  return badValue(site, pointer(path, keyword), keyword);
}

export function isLocalizedText(value: unknown): value is LocalizedText {
  if (!isRecord(value) || Object.keys(value).length !== 2) return false;
  return typeof own(value, 'vi') === 'string' && typeof own(value, 'en') === 'string';
}

/**
 * `x-label`/`x-help` when present, else the plain `title`/`description` as the Vietnamese text
 * (English left blank: it falls back to Vietnamese).
 */
export function readLocalized(
  record: JsonRecord,
  keyword: string,
  plainKeyword: string,
  path: string,
  site: ParseSite,
): LocalizedText {
  const localized = own(record, keyword);
  if (localized !== undefined) {
    if (isLocalizedText(localized)) return { vi: localized.vi, en: localized.en };
    badValue(site, pointer(path, keyword), keyword);
    return { vi: '', en: '' };
  }
  const plain = readString(record, plainKeyword, path, site);
  return { vi: plain ?? '', en: '' };
}

export function readDefault(record: JsonRecord, site: ParseSite): string | number | boolean | null {
  const value = own(record, 'default');
  if (value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  return badValue(site, pointer(site.schemaPath, 'default'), 'default');
}

/** Reads an optional list of property names that must all be among `known`. */
export function readRequired(
  record: JsonRecord,
  known: readonly string[],
  path: string,
  site: ParseSite,
): string[] {
  const value = own(record, 'required');
  if (value === undefined) return [];
  if (!isStringArray(value)) return badValue(site, pointer(path, 'required'), 'required') ?? [];
  value.forEach((name, index) => {
    if (!known.includes(name)) {
      site.problems.push(
        formProblem('invalid_schema', pointer(pointer(path, 'required'), index), {
          reason: 'unknown_required',
          key: name.slice(0, 80),
        }),
      );
    }
  });
  return value;
}

/** Field order: the uiSchema's `ui:order` (ignoring `*` and unknown names), then the rest in property order. */
export function orderKeys(keys: readonly string[], ui: JsonRecord, path: string, site: ParseSite): string[] {
  const order = own(ui, 'ui:order');
  if (order === undefined) return [...keys];
  if (!isStringArray(order)) return badValue(site, pointer(path, 'ui:order'), 'ui:order') ?? [...keys];
  const known = new Set(keys);
  const ordered = [...new Set(order.filter((name) => known.has(name)))];
  const placed = new Set(ordered);
  return [...ordered, ...keys.filter((key) => !placed.has(key))];
}

/** Deep equality of JSON values; object key order does not matter, array order does. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]))
    );
  }
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && jsonEqual(a[k], b[k]))
    );
  }
  return a === b;
}
