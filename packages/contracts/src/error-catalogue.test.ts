import { describe, expect, it } from 'vitest';
import { authErrors } from './auth/auth.errors';
import { catalogErrors } from './catalogs/catalog.errors';
import { checkpointErrors } from './checkpoints/checkpoint.errors';
import { errorCatalogue, errorCatalogues, errorMessage, isErrorCode } from './error-catalogue';
import { sharedErrors } from './errors/shared.errors';
import { fileErrors } from './files/file.errors';
import { labelErrors } from './labels/label.errors';
import { labelLayoutErrors } from './labels/label-layout.errors';
import { labelLifeErrors } from './labels/label-life.errors';
import { lotErrors } from './lots/lot.errors';
import { catalogueProblems } from './messages/catalogue-check';
import { processErrors } from './processes/process.errors';
import { productErrors } from './products/product.errors';
import { recallErrors } from './recalls/recall.errors';
import { scanErrors } from './scans/scan.errors';
import { signUpErrors } from './signup/signup.errors';
import { staffErrors } from './staff/staff.errors';
import { templateErrors } from './templates/template.errors';
import { tenantErrors } from './tenants/tenant.errors';
import { resolverErrors } from './trace/resolver.errors';

describe('error catalogue', () => {
  it('has a status in the 4xx/5xx range and both messages for every code', () => {
    for (const [code, entry] of Object.entries(errorCatalogue)) {
      expect(entry.status, code).toBeGreaterThanOrEqual(400);
      expect(entry.vi.length, code).toBeGreaterThan(5);
      expect(entry.en.length, code).toBeGreaterThan(5);
      expect(entry.vi, `${code} must differ between languages`).not.toBe(entry.en);
    }
  });

  it('is valid ICU with the same arguments in both languages', () => {
    expect(catalogueProblems(errorCatalogues)).toEqual([]);
  });

  it('says every message as plain placeholder filling did before the ICU engine', () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
    for (const [code, entry] of Object.entries(errorCatalogue)) {
      if (!isErrorCode(code)) continue;
      for (const lang of ['vi', 'en'] as const) {
        const params = Object.fromEntries(names(entry[lang]).map((name) => [name, `<${name}>`]));
        const filled = entry[lang].replace(/\{(\w+)\}/g, (_, name: string) => `<${name}>`);
        expect(errorMessage(code, lang, params), `${code} ${lang}`).toBe(filled);
      }
    }
  });

  it('fills placeholders', () => {
    expect(errorMessage('GLN_CHECK_DIGIT', 'en', { value: '8938500000004', expected: 3 })).toBe(
      'GLN 8938500000004 has a wrong check digit: the last digit should be 3.',
    );
    expect(errorMessage('TOO_MANY_ATTEMPTS', 'vi', { retryAfter: 30 })).toContain('30 giây');
  });

  it('takes each code from exactly one place: no feature redefines another code', () => {
    const parts: object[] = [sharedErrors, authErrors, tenantErrors, staffErrors, processErrors];
    parts.push(catalogErrors, fileErrors, productErrors, lotErrors, signUpErrors, checkpointErrors);
    parts.push(labelErrors, labelLifeErrors, labelLayoutErrors, resolverErrors, scanErrors, recallErrors);
    parts.push(templateErrors);
    expect(parts.flatMap((part) => Object.keys(part)).length).toBe(Object.keys(errorCatalogue).length);
  });

  it('knows its own codes only', () => {
    expect(isErrorCode('FORBIDDEN')).toBe(true);
    expect(isErrorCode('toString')).toBe(false);
  });
});
