import type { FieldType } from '../model/form-model';
import { type JsonRecord, own, pointer } from './json-utils';
import { badValue, type ParseSite } from './parse-read';

/** The `ui:widget` values each type accepts (what compile emits, plus rjsf built-ins that mean the same). */
const widgets: Partial<Record<FieldType, readonly string[]>> = {
  longText: ['textarea'],
  number: ['quantity'],
  date: ['date'],
  dateTime: ['datetime'],
  choice: ['radio', 'select'],
  multiChoice: ['checkboxes'],
  yesNo: ['radio'],
  signature: ['signature'],
  file: ['fileUpload'],
};

/** The `ui:field` each custom-rendered type accepts. */
const customFields: Partial<Record<FieldType, string>> = {
  catalog: 'catalogLookup',
  photos: 'photos',
  gps: 'gps',
  heading: 'heading',
};

/** uiSchema keys a field's entry may have. */
export function fieldUiKeywords(type: FieldType): string[] {
  if (type === 'group') return ['items'];
  if (widgets[type]) return ['ui:widget'];
  return customFields[type] ? ['ui:field'] : [];
}

/** Checks the values of a field's uiSchema entry (unknown keys are reported by the caller). */
export function checkFieldUi(type: FieldType, ui: JsonRecord, site: ParseSite): void {
  const widget = own(ui, 'ui:widget');
  const allowed = widgets[type];
  if (allowed && widget !== undefined && (typeof widget !== 'string' || !allowed.includes(widget))) {
    badValue(site, pointer(site.uiPath, 'ui:widget'), 'ui:widget');
  }
  const field = own(ui, 'ui:field');
  const expected = customFields[type];
  if (expected && field !== undefined && field !== expected)
    badValue(site, pointer(site.uiPath, 'ui:field'), 'ui:field');
}
