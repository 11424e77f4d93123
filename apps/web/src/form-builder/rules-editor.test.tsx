import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderBuilder } from './builder-test-utils';

const pickOption = async (testId: string, label: string) => {
  const input = screen.getByTestId(testId);
  input.focus();
  fireEvent.click(input);
  fireEvent.click(await screen.findByRole('option', { name: label }, { timeout: 5000 }));
};

describe('conditions', { timeout: 30_000 }, () => {
  it('needs a field that can be tested first', () => {
    renderBuilder();
    fireEvent.click(screen.getByTestId('fb-palette-photos'));
    expect(screen.getByTestId('fb-rule-add').hasAttribute('disabled')).toBe(true);
  });

  it('"Khi Chọn một là Lựa chọn 2 thì hiện Ghi chú" compiles to allOf if/then', async () => {
    const { lastForm, lastModel } = renderBuilder();
    fireEvent.click(screen.getByTestId('fb-palette-choice'));
    fireEvent.click(screen.getByTestId('fb-palette-longText'));
    fireEvent.click(screen.getByTestId('fb-rule-add'));
    expect(lastModel().rules).toEqual([
      expect.objectContaining({
        when: 'chon_mot',
        equals: 'lua_chon_1',
        effect: 'show',
        targets: ['doan_van'],
      }),
    ]);
    await pickOption('fb-rule-equals-0', 'Lựa chọn 2');
    const { schema } = lastForm();
    expect(schema.allOf).toEqual([
      {
        if: { properties: { chon_mot: { const: 'lua_chon_2' } }, required: ['chon_mot'] },
        // biome-ignore lint/suspicious/noThenProperty: JSON Schema if/then, not a promise
        then: { properties: { doan_van: expect.objectContaining({ type: 'string', title: 'Đoạn văn' }) } },
      },
    ]);
    expect(schema.properties).not.toHaveProperty('doan_van');
    expect(within(screen.getByTestId('fb-row-doan_van')).getByText('Có điều kiện')).toBeTruthy();
  });

  it('adapts the value to a yes/no condition and can require instead of show', async () => {
    const { lastForm } = renderBuilder();
    fireEvent.click(screen.getByTestId('fb-palette-yesNo'));
    fireEvent.click(screen.getByTestId('fb-palette-text'));
    fireEvent.click(screen.getByTestId('fb-rule-add'));
    await pickOption('fb-rule-effect-0', 'bắt buộc');
    await pickOption('fb-rule-equals-0', 'Không');
    expect(lastForm().schema.allOf).toEqual([
      {
        if: { properties: { co_khong: { const: false } }, required: ['co_khong'] },
        // biome-ignore lint/suspicious/noThenProperty: JSON Schema if/then, not a promise
        then: { required: ['van_ban_ngan'] },
      },
    ]);
    expect(lastForm().schema.properties).toHaveProperty('van_ban_ngan');
  });

  it('follows a renamed key and forgets a deleted field', async () => {
    const { lastModel } = renderBuilder();
    fireEvent.click(screen.getByTestId('fb-palette-integer'));
    fireEvent.click(screen.getByTestId('fb-palette-text'));
    fireEvent.click(screen.getByTestId('fb-rule-add'));
    fireEvent.click(screen.getByTestId('fb-field-so_nguyen'));
    fireEvent.change(screen.getByTestId('fb-prop-label-vi'), { target: { value: 'Số cây chết' } });
    expect(lastModel().rules[0]).toMatchObject({ when: 'so_cay_chet', targets: ['van_ban_ngan'] });
    fireEvent.click(screen.getByTestId('fb-field-delete-van_ban_ngan'));
    fireEvent.click(await screen.findByTestId('confirm-ok'));
    expect(lastModel().rules).toEqual([]);
  });
});
