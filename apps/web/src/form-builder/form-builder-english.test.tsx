import { localizeFormUi } from '@nguon/forms';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderBuilder } from './builder-test-utils';

/** The title an English reader sees: the localised uiSchema's `ui:title`, where the words live. */
const englishTitle = (schema: Record<string, unknown>, key: string): unknown => {
  const property: unknown = Object.entries(localizeFormUi({ schema, uiSchema: {} }, 'en')).find(
    ([name]) => name === key,
  )?.[1];
  return typeof property === 'object' && property !== null && 'ui:title' in property
    ? property['ui:title']
    : undefined;
};

describe('FormBuilder: English follows the Vietnamese until the owner writes it', { timeout: 30_000 }, () => {
  it("shows English readers the name the owner typed, never the type's English default", () => {
    const { lastForm, lastModel } = renderBuilder();
    fireEvent.click(screen.getByTestId('fb-palette-integer'));
    fireEvent.change(screen.getByTestId('fb-prop-label-vi'), { target: { value: 'Số thùng ong' } });
    expect(lastModel().fields[0]?.label).toEqual({ vi: 'Số thùng ong', en: '' });
    expect(englishTitle(lastForm().schema, 'so_thung_ong')).toBe('Số thùng ong');
    expect(screen.getByTestId('fb-prop-label-en').getAttribute('placeholder')).toBe('Số thùng ong');
  });

  it('marks the labels without English and counts them, until they are translated', () => {
    renderBuilder();
    fireEvent.click(screen.getByTestId('fb-palette-choice'));
    const row = () => screen.getByTestId('fb-row-chon_mot');
    expect(within(row()).getByTestId('fb-field-no-english')).toBeTruthy();
    expect(screen.getByTestId('fb-untranslated').textContent).toMatch(/^3 nhãn chưa có tiếng Anh/);
    fireEvent.change(screen.getByTestId('fb-prop-label-en'), { target: { value: 'Pick one' } });
    fireEvent.change(screen.getByTestId('fb-choice-label-en-0'), { target: { value: 'Yes' } });
    expect(screen.getByTestId('fb-untranslated').textContent).toMatch(/^1 nhãn/);
    fireEvent.change(screen.getByTestId('fb-choice-label-en-1'), { target: { value: 'No' } });
    expect(screen.queryByTestId('fb-untranslated')).toBeNull();
    expect(within(row()).queryByTestId('fb-field-no-english')).toBeNull();
  });

  it('adds a choice whose English follows its Vietnamese label', () => {
    const { lastModel } = renderBuilder();
    fireEvent.click(screen.getByTestId('fb-palette-choice'));
    fireEvent.click(screen.getByTestId('fb-choice-add'));
    expect(lastModel().fields[0]?.choices.map((choice) => choice.label.en)).toEqual(['', '', '']);
  });
});
