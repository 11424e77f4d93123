import { compileFormModel, newFormField } from '@nguon/forms';
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderBuilder } from './builder-test-utils';

const twoFields = compileFormModel({
  fields: [
    newFormField('text', 'ten_lo', { vi: 'Tên lô', en: 'Lot name' }),
    newFormField('yesNo', 'huu_co', { vi: 'Hữu cơ', en: 'Organic' }),
  ],
  rules: [],
});

const typeJson = (value: string) =>
  fireEvent.change(screen.getByTestId('fb-json-editor'), { target: { value } });

describe('FormBuilder JSON tab', { timeout: 30_000 }, () => {
  it('shows the schema and uiSchema of the form', () => {
    renderBuilder({ initial: twoFields });
    fireEvent.click(screen.getByTestId('fb-tab-json'));
    const shown = JSON.parse((screen.getByTestId('fb-json-editor') as HTMLTextAreaElement).value);
    expect(shown).toEqual({ schema: twoFields.schema, uiSchema: twoFields.uiSchema });
  });

  it('refuses text that is not JSON and keeps the form', () => {
    const { onChange } = renderBuilder({ initial: twoFields });
    fireEvent.click(screen.getByTestId('fb-tab-json'));
    typeJson('{ "schema": ');
    fireEvent.click(screen.getByTestId('fb-json-apply'));
    expect(screen.getByTestId('fb-json-error').textContent).toContain('Nội dung không phải JSON hợp lệ');
    typeJson('[1, 2]');
    fireEvent.click(screen.getByTestId('fb-json-apply'));
    expect(screen.getByTestId('fb-json-error').textContent).toContain('JSON cần có dạng');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('refuses an unknown field type with its coded problem, in the person language', () => {
    const { onChange } = renderBuilder({ initial: twoFields });
    fireEvent.click(screen.getByTestId('fb-tab-json'));
    const schema = {
      ...twoFields.schema,
      properties: { video: { type: 'string', 'x-media': 'video', title: 'Video' } },
    };
    typeJson(JSON.stringify({ schema, uiSchema: { video: { 'ui:widget': 'camera' } } }));
    fireEvent.click(screen.getByTestId('fb-json-apply'));
    const error = screen.getByTestId('fb-json-error');
    expect(error.textContent).toMatch(/Chưa áp dụng: có \d+ vấn đề/);
    expect(error.querySelector('[data-code]')).toBeTruthy();
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('fb-tab-build'));
    expect(screen.getByTestId('fb-field-ten_lo')).toBeTruthy();
  });

  it('applies a valid edit', () => {
    const { lastModel } = renderBuilder({ initial: twoFields });
    fireEvent.click(screen.getByTestId('fb-tab-json'));
    const text = (screen.getByTestId('fb-json-editor') as HTMLTextAreaElement).value;
    typeJson(text.replaceAll('"Tên lô"', '"Tên lô hàng"'));
    fireEvent.click(screen.getByTestId('fb-json-apply'));
    expect(screen.getByTestId('fb-json-applied')).toBeTruthy();
    expect(lastModel().fields[0]?.label.vi).toBe('Tên lô hàng');
  });

  it('opens a form that does not parse on the JSON tab, with its problems', () => {
    renderBuilder({
      initial: {
        schema: { type: 'object', properties: { x: { type: 'string', 'x-media': 'video' } } },
        uiSchema: {},
      },
    });
    expect(screen.getByTestId('fb-unparsable')).toBeTruthy();
    expect(screen.getByTestId('fb-json-editor')).toBeTruthy();
    expect(
      screen.getByTestId('fb-tab-build').hasAttribute('disabled') ||
        screen.getByTestId('fb-tab-build').getAttribute('data-disabled'),
    ).toBeTruthy();
  });
});

describe('FormBuilder read-only', { timeout: 30_000 }, () => {
  it('shows a published form without any way to change it', () => {
    renderBuilder({ initial: twoFields, readOnly: true });
    expect(screen.getByTestId('fb-readonly')).toBeTruthy();
    expect(screen.queryByTestId('fb-palette-text')).toBeNull();
    expect(screen.queryByTestId('fb-field-delete-ten_lo')).toBeNull();
    expect(screen.queryByTestId('fb-rule-add')).toBeNull();
    fireEvent.click(screen.getByTestId('fb-field-ten_lo'));
    expect(screen.getByTestId('fb-prop-label-vi').hasAttribute('readonly')).toBe(true);
    fireEvent.click(screen.getByTestId('fb-tab-json'));
    expect(screen.queryByTestId('fb-json-apply')).toBeNull();
  });
});

describe('FormBuilder preview', { timeout: 30_000 }, () => {
  it('renders the form as the clerk sees it, marked as a preview', async () => {
    renderBuilder({ initial: twoFields });
    fireEvent.click(screen.getByTestId('fb-tab-preview'));
    expect(screen.getByTestId('fb-preview-note').textContent).toBe('Xem trước — dữ liệu không được lưu');
    expect(await screen.findByLabelText('Tên lô')).toBeTruthy();
    fireEvent.click(screen.getByTestId('form-submit'));
    expect(await screen.findByTestId('fb-preview-valid')).toBeTruthy();
  });
});
