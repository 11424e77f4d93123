import { catalogueProblems, templateMessages } from '@nguon/contracts';
import { describe, expect, it } from 'vitest';
import { vi } from '../i18n/messages';
import { translateTemplate } from './template-messages';

describe('the template library texts', () => {
  it('are complete in both languages and take no key of the app catalogue', () => {
    expect(catalogueProblems(templateMessages)).toEqual([]);
    expect(Object.keys(templateMessages.vi).filter((key) => key in vi)).toEqual([]);
  });

  it('count stages as each language does', () => {
    expect(translateTemplate('vi', 'templates.stageCount', { count: 1 })).toBe('1 công đoạn');
    expect(translateTemplate('en', 'templates.stageCount', { count: 1 })).toBe('1 stage');
    expect(translateTemplate('en', 'templates.stageCount', { count: 5 })).toBe('5 stages');
  });
});
