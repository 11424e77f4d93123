import { type FormModel, newFormField } from '@nguon/forms';
import { describe, expect, it } from 'vitest';
import { choiceValueFromLabel, relabelChoice } from './choice-values';
import { fieldKeyFromLabel, fieldKeyProblem, keyFollowsLabel, uniqueFieldKey } from './field-keys';
import { duplicateField, editField, moveField, removeField, replaceField } from './model-ops';

describe('field keys', () => {
  it.each([
    ['Ngày thu hoạch', 'ngay_thu_hoach'],
    ['Đường kính thân (cm)', 'duong_kinh_than_cm'],
    ['ĐỘ ẨM', 'do_am'],
    ['2. Bón phân', 'f_2_bon_phan'],
    ['  ', 'field'],
    [
      'Số lượng cây giống được trồng trong mỗi luống của thửa ruộng',
      'so_luong_cay_giong_duoc_trong_trong_moi',
    ],
  ])('%s → %s', (label, key) => {
    expect(fieldKeyFromLabel(label)).toBe(key);
    expect(key).toMatch(/^[a-z][a-z0-9_]{0,39}$/);
  });

  it('numbers a key that is taken', () => {
    expect(uniqueFieldKey('anh', new Set(['anh', 'anh_2']))).toBe('anh_3');
    expect(uniqueFieldKey('x'.repeat(40), new Set(['x'.repeat(40)]))).toBe(`${'x'.repeat(38)}_2`);
  });

  it('knows a key made from the label', () => {
    expect(keyFollowsLabel('van_ban_ngan_2', 'Văn bản ngắn')).toBe(true);
    expect(keyFollowsLabel('so_lo', 'Văn bản ngắn')).toBe(false);
  });

  it('says what is wrong with a typed key', () => {
    const taken = new Set(['ten']);
    expect([
      fieldKeyProblem('', taken),
      fieldKeyProblem('Ten', taken),
      fieldKeyProblem('ten', taken),
      fieldKeyProblem('ten_2', taken),
    ]).toEqual(['empty', 'format', 'taken', null]);
  });
});

const model = (): FormModel => {
  const grade = newFormField('choice', 'hang', { vi: 'Hạng', en: 'Grade' });
  const note = newFormField('text', 'ghi_chu', { vi: 'Ghi chú', en: 'Note' });
  const rows = {
    ...newFormField('group', 'bao', { vi: 'Bao', en: 'Bags' }),
    fields: [newFormField('number', 'kg', { vi: 'Kg', en: 'Kg' })],
  };
  return {
    fields: [grade, note, rows],
    rules: [{ id: 'rule_1', when: 'hang', equals: 'lua_chon_1', effect: 'show', targets: ['ghi_chu'] }],
  };
};

describe('model operations', () => {
  it('moves within the form and within a group', () => {
    expect(moveField(model(), null, 2, 0).fields.map((field) => field.key)).toEqual([
      'bao',
      'hang',
      'ghi_chu',
    ]);
    expect(moveField(model(), null, 0, 5)).toEqual(model());
  });

  it('carries a new key and renamed choice values into the rules', () => {
    const before = model();
    const grade = before.fields[0];
    if (!grade) throw new Error('no grade');
    const renamed = replaceField(
      before,
      { group: null, key: 'hang' },
      {
        ...grade,
        key: 'phan_hang',
        choices: relabelChoice(grade.choices, 0, { vi: 'Loại A', en: 'Grade A' }),
      },
    );
    expect(renamed.rules[0]).toMatchObject({ when: 'phan_hang', equals: 'loai_a' });
  });

  it('lets the key follow the name only while it was made from it', () => {
    const typed = newFormField('text', 'note', { vi: 'Ghi chú', en: '' });
    const own = { ...model(), fields: [typed] };
    expect(
      editField(own, { group: null, key: 'note' }, { ...typed, label: { vi: 'Lý do', en: '' } }).path.key,
    ).toBe('note');
    const made = newFormField('text', 'van_ban_ngan_2', { vi: 'Văn bản ngắn', en: '' });
    const fresh = { ...model(), fields: [...model().fields, made] };
    const followed = editField(
      fresh,
      { group: null, key: 'van_ban_ngan_2' },
      { ...made, label: { vi: 'Ghi chú', en: '' } },
    );
    expect(followed.path.key).toBe('ghi_chu_2');
  });

  it('removes a field from the rules, dropping a rule left without targets', () => {
    expect(removeField(model(), { group: null, key: 'ghi_chu' }).rules).toEqual([]);
    expect(removeField(model(), { group: 'bao', key: 'kg' }).fields[2]?.fields).toEqual([]);
  });

  it('duplicates under a fresh key right after the original', () => {
    const copied = duplicateField(model(), { group: 'bao', key: 'kg' });
    expect(copied.path).toEqual({ group: 'bao', key: 'kg_2' });
    expect(copied.model.fields[2]?.fields.map((field) => field.key)).toEqual(['kg', 'kg_2']);
  });

  it('makes choice values from labels', () => {
    expect(choiceValueFromLabel('Hạng 1 (tốt)')).toBe('hang_1_tot');
    expect(choiceValueFromLabel('!!!')).toBe('lua_chon');
  });
});
