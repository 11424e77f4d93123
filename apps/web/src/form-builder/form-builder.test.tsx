import { fieldTypes } from '@nguon/forms';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderBuilder } from './builder-test-utils';

const properties = (schema: Record<string, unknown>) => {
  const value = schema.properties;
  if (typeof value !== 'object' || value === null) throw new Error('no properties');
  return value as Record<string, Record<string, unknown>>;
};

// each step renders the whole builder in happy-dom: slow on a busy 2-core runner
describe('FormBuilder', { timeout: 30_000 }, () => {
  it('adds a field of every type, each time passing on a form that parses back', () => {
    const { onChange, lastModel } = renderBuilder({
      catalogs: [{ id: 'farmers', name: { vi: 'Nông hộ', en: 'Farmers' } }],
    });
    expect(screen.getByTestId('fb-list-empty')).toBeTruthy();
    for (const type of fieldTypes) fireEvent.click(screen.getByTestId(`fb-palette-${type}`));
    expect(onChange).toHaveBeenCalledTimes(fieldTypes.length);
    expect(lastModel().fields.map((field) => field.type)).toEqual([...fieldTypes]);
    expect(lastModel().fields.map((field) => field.key)).toContain('van_ban_ngan');
    // never silently the first catalog: the owner chooses
    expect(lastModel().fields.find((field) => field.type === 'catalog')?.catalogId).toBeFalsy();
  });

  it('adds after the selected field, with a unique key', () => {
    const { lastModel } = renderBuilder();
    fireEvent.click(screen.getByTestId('fb-palette-text'));
    fireEvent.click(screen.getByTestId('fb-palette-date'));
    fireEvent.click(screen.getByTestId('fb-field-van_ban_ngan'));
    fireEvent.click(screen.getByTestId('fb-palette-text'));
    expect(lastModel().fields.map((field) => field.key)).toEqual(['van_ban_ngan', 'van_ban_ngan_2', 'ngay']);
  });

  it('writes label, required and unit edits into the schema; the key follows the Vietnamese name', async () => {
    const { lastForm } = renderBuilder();
    fireEvent.click(screen.getByTestId('fb-palette-number'));
    fireEvent.change(screen.getByTestId('fb-prop-label-vi'), { target: { value: 'Khối lượng tươi' } });
    fireEvent.change(screen.getByTestId('fb-prop-label-en'), { target: { value: 'Fresh weight' } });
    fireEvent.click(screen.getByTestId('fb-prop-required'));
    fireEvent.click(screen.getByTestId('fb-prop-unit'));
    fireEvent.click(await screen.findByText('kg — kilôgam'));
    const { schema, uiSchema } = lastForm();
    const weight = properties(schema).khoi_luong_tuoi;
    expect(weight).toMatchObject({
      type: 'number',
      title: 'Khối lượng tươi',
      'x-label': { vi: 'Khối lượng tươi', en: 'Fresh weight' },
      'x-unit': 'kg',
    });
    expect(schema.required).toEqual(['khoi_luong_tuoi']);
    expect(uiSchema).toMatchObject({ khoi_luong_tuoi: { 'ui:widget': 'quantity' } });
    expect(screen.getByTestId('fb-field-khoi_luong_tuoi').textContent).toContain('Khối lượng tươi');
  });

  it('keeps a key typed by hand, refuses a bad one and does not follow the name any more', () => {
    const { lastModel } = renderBuilder();
    fireEvent.click(screen.getByTestId('fb-palette-text'));
    const key = screen.getByTestId('fb-prop-key');
    fireEvent.change(key, { target: { value: '1abc' } });
    expect(
      screen.getByText('Mã bắt đầu bằng chữ cái, chỉ gồm a–z, 0–9 và "_", tối đa 40 ký tự.'),
    ).toBeTruthy();
    fireEvent.change(key, { target: { value: 'so_lo' } });
    fireEvent.blur(key);
    expect(lastModel().fields[0]?.key).toBe('so_lo');
    fireEvent.change(screen.getByTestId('fb-prop-label-vi'), { target: { value: 'Số lô' } });
    expect(lastModel().fields[0]).toMatchObject({ key: 'so_lo', label: { vi: 'Số lô' } });
  });

  it('reorders with the up/down buttons and by dragging', () => {
    const { lastModel } = renderBuilder();
    for (const type of ['text', 'date', 'photos'] as const)
      fireEvent.click(screen.getByTestId(`fb-palette-${type}`));
    fireEvent.click(screen.getByTestId('fb-field-up-anh_chup'));
    expect(lastModel().fields.map((field) => field.key)).toEqual(['van_ban_ngan', 'anh_chup', 'ngay']);
    fireEvent.click(screen.getByTestId('fb-field-down-van_ban_ngan'));
    expect(lastModel().fields.map((field) => field.key)).toEqual(['anh_chup', 'van_ban_ngan', 'ngay']);
    fireEvent.dragStart(screen.getByTestId('fb-row-ngay'));
    fireEvent.dragOver(screen.getByTestId('fb-row-anh_chup'));
    fireEvent.drop(screen.getByTestId('fb-row-anh_chup'));
    expect(lastModel().fields.map((field) => field.key)).toEqual(['ngay', 'anh_chup', 'van_ban_ngan']);
  });

  it('duplicates, and deletes only after confirming', async () => {
    const { lastModel } = renderBuilder();
    fireEvent.click(screen.getByTestId('fb-palette-yesNo'));
    fireEvent.click(screen.getByTestId('fb-field-duplicate-co_khong'));
    expect(lastModel().fields.map((field) => field.key)).toEqual(['co_khong', 'co_khong_2']);
    fireEvent.click(screen.getByTestId('fb-field-delete-co_khong'));
    fireEvent.click(await screen.findByTestId('confirm-cancel'));
    expect(lastModel().fields).toHaveLength(2);
    fireEvent.click(screen.getByTestId('fb-field-delete-co_khong'));
    fireEvent.click(await screen.findByTestId('confirm-ok'));
    await waitFor(() => expect(lastModel().fields.map((field) => field.key)).toEqual(['co_khong_2']));
  });

  it('edits choices and the group sub-fields', () => {
    const { lastForm, lastModel } = renderBuilder();
    fireEvent.click(screen.getByTestId('fb-palette-choice'));
    fireEvent.change(screen.getByTestId('fb-choice-label-vi-0'), { target: { value: 'Loại 1' } });
    fireEvent.click(screen.getByTestId('fb-choice-add'));
    expect(lastModel().fields[0]?.choices.map((choice) => choice.value)).toEqual([
      'loai_1',
      'lua_chon_2',
      'lua_chon_3',
    ]);
    fireEvent.click(screen.getByTestId('fb-choice-remove-1'));
    expect(lastModel().fields[0]?.choices).toHaveLength(2);
    fireEvent.click(screen.getByTestId('fb-palette-group'));
    fireEvent.click(screen.getByTestId('fb-sub-palette-number'));
    expect(lastModel().fields[1]?.fields.map((field) => field.type)).toEqual(['number']);
    expect(screen.getByTestId('fb-group-back')).toBeTruthy();
    expect(lastForm().uiSchema).toMatchObject({
      nhom_lap_lai: { items: { 'ui:order': ['so_do_co_don_vi'] } },
    });
  });

  it('lists the problems of the form and selects the field of one', () => {
    renderBuilder();
    fireEvent.click(screen.getByTestId('fb-palette-choice'));
    fireEvent.change(screen.getByTestId('fb-choice-label-vi-0'), { target: { value: '' } });
    fireEvent.click(screen.getByTestId('fb-palette-text'));
    const problems = screen.getByTestId('fb-problems');
    expect(within(screen.getByTestId('fb-row-chon_mot')).getByTestId('fb-field-problems')).toBeTruthy();
    expect(screen.getByTestId('fb-row-van_ban_ngan').hasAttribute('data-selected')).toBe(true);
    fireEvent.click(within(problems).getByTestId('fb-problem-0'));
    expect(screen.getByTestId('fb-row-chon_mot').hasAttribute('data-selected')).toBe(true);
  });

  it('keeps a catalog field without a catalog as a problem, saying there is none yet', () => {
    const { onChange } = renderBuilder({ catalogs: [] });
    fireEvent.click(screen.getByTestId('fb-palette-catalog'));
    expect(screen.getByTestId('fb-catalogs-empty').textContent).toBe(
      'Chưa có danh mục nào — tạo danh mục ở mục Danh mục',
    );
    expect(screen.queryByTestId('fb-held-problems')).toBeNull();
    expect(onChange).toHaveBeenCalled();
    expect(screen.getByTestId('fb-problems').textContent).toMatch(/danh mục/);
  });

  it('holds back an edit that would not parse, and says why', () => {
    const { onChange } = renderBuilder();
    fireEvent.click(screen.getByTestId('fb-palette-text'));
    const calls = onChange.mock.calls.length;
    fireEvent.change(screen.getByTestId('fb-prop-pattern'), { target: { value: '^[0-9' } });
    expect(onChange.mock.calls.length).toBe(calls);
    expect(screen.getByTestId('fb-held-problems')).toBeTruthy();
    fireEvent.change(screen.getByTestId('fb-prop-pattern'), { target: { value: '^[0-9]+$' } });
    expect(onChange.mock.calls.length).toBe(calls + 1);
    expect(screen.queryByTestId('fb-held-problems')).toBeNull();
  });
});
