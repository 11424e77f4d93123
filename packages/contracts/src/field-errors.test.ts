import type { FormProblem } from '@nguon/forms';
import { describe, expect, it } from 'vitest';
import { errorMessage } from './error-catalogue';
import { type WordSource, wordsOf } from './field-errors';
import { formProblemMessage } from './forms/form.messages';

const problem: FormProblem = { code: 'duplicate_field_key', path: 'fields/1', params: { key: 'ma' } };
const wordsInBoth = (source: WordSource) => ({ vi: wordsOf(source, 'vi'), en: wordsOf(source, 'en') });
const notNumber: WordSource = { kind: 'ajv', keyword: 'type', params: { type: 'number' } };

// Pinned against the words services built before they lost `lang` (the API answers must not change).
describe('wordsOf', () => {
  it('words an ajv error as localizeAjvErrors did', () => {
    expect(wordsInBoth(notNumber)).toEqual({ vi: 'phải là số', en: 'must be a number' });
  });

  it('words a form problem, and a stage form problem named by the stage', () => {
    expect(wordsOf({ kind: 'form', problem }, 'en')).toBe(formProblemMessage(problem, 'en'));
    const stage = { key: 'say', name: { vi: 'Sấy', en: '' } };
    expect(wordsOf({ kind: 'stage-form', stage, problem }, 'en')).toBe(
      `Sấy: ${formProblemMessage(problem, 'en')}`,
    );
    const named = { key: 'say', name: { vi: 'Sấy', en: 'Drying' } };
    expect(wordsOf({ kind: 'stage-form', stage: named, problem }, 'vi')).toBe(
      `Sấy: ${formProblemMessage(problem, 'vi')}`,
    );
    expect(wordsOf({ kind: 'stage-form', stage: named, problem }, 'en')).toMatch(/^Drying: /);
    const job = { key: 'spray', name: { vi: 'Phun thuốc', en: 'Spraying' } };
    expect(wordsOf({ kind: 'stage-form', stage: named, job, problem }, 'vi')).toMatch(/^Sấy — Phun thuốc: /);
    expect(wordsOf({ kind: 'stage-form', stage: named, job, problem }, 'en')).toMatch(/^Drying — Spraying: /);
  });

  it('words a CSV line fault with its line and column', () => {
    const fault: WordSource = { kind: 'line', line: 3, column: 'Diện tích', fault: notNumber };
    expect(wordsInBoth(fault)).toEqual({
      vi: 'Dòng 3, Diện tích: phải là số',
      en: 'Line 3, Diện tích: must be a number',
    });
    const row: WordSource = {
      kind: 'line',
      line: 4,
      column: '',
      fault: { kind: 'message', key: 'csvCell.notImportable' },
    };
    expect(wordsInBoth(row)).toEqual({
      vi: 'Dòng 4: trường này không nhập được từ CSV',
      en: 'Line 4: this field cannot be imported from CSV',
    });
  });

  it('words a code through the error catalogue', () => {
    expect(wordsOf({ kind: 'code', code: 'NOT_FOUND', params: {} }, 'vi')).toBe(
      errorMessage('NOT_FOUND', 'vi', {}),
    );
  });
});
