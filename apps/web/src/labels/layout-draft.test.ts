import { builtInLabelLayouts } from '@nguon/domain';
import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/use-t';
import { layoutDraftOf, longestQrModules, readLayoutDraft } from './layout-draft';

const [a4] = builtInLabelLayouts;
const modules = longestQrModules('https://nguon.example.vn');
const draftOf = (patch: Record<string, string> = {}) => {
  if (!a4) throw new Error('no built-in layout');
  return { ...layoutDraftOf('Tờ của HTX', a4.layout, 'vi'), ...patch };
};

describe('readLayoutDraft', () => {
  it('reads a built-in sheet back with no problem, decimals written the Vietnamese way', () => {
    const draft = draftOf();
    expect(draft.marginTopMm).toBe('0,5');
    expect(readLayoutDraft(draft, modules)).toEqual({ layout: a4?.layout, errors: {} });
  });

  it('keeps typing problems at their field and draws nothing until every number reads', () => {
    const read = readLayoutDraft(draftOf({ labelWidthMm: '', columns: '2,5', name: ' ' }), modules);
    expect(read.layout).toBeNull();
    expect(read.errors).toEqual({
      labelWidthMm: { key: 'common.required' },
      columns: { key: 'formRenderer.number.notWhole' },
      name: { key: 'common.required' },
    });
  });

  it('says at the column count how much room a grid that overflows needs', () => {
    const read = readLayoutDraft(draftOf({ columns: '4' }), modules);
    expect(read.errors.columns).toEqual({
      key: 'labels.layouts.fault.doesNotFit',
      values: { neededMm: 280, pageMm: 210 },
    });
    expect(translate('vi', 'labels.layouts.fault.doesNotFit', read.errors.columns?.values)).toBe(
      'Không vừa trang: cần 280 mm, trang chỉ có 210 mm.',
    );
  });

  it('refuses a label too small for a readable QR at its smaller side', () => {
    const read = readLayoutDraft(draftOf({ labelWidthMm: '20', labelHeightMm: '12' }), modules);
    expect(read.errors.labelHeightMm?.key).toBe('labels.layouts.fault.qrTooSmall');
  });
});
