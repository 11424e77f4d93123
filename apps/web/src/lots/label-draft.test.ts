import { generateLabelSerials } from '@nguon/domain';
import { describe, expect, it } from 'vitest';
import { addScanned, emptyLabelDraft, labelSelectionOf, summariseList } from './label-draft';

const [a = '', b = ''] = generateLabelSerials(2, (size) =>
  Uint8Array.from({ length: size }, (_, i) => i * 7),
);
const typo = `${a.slice(0, 12)}${a.endsWith('2') ? '3' : '2'}`;

describe('label draft', () => {
  it('reads a list one code a line, ignoring case, spaces and hyphens, counting duplicates once', () => {
    const list = [a.toLowerCase(), '', `${b.slice(0, 4)}-${b.slice(4)}`, a, typo].join('\n');
    expect(summariseList(list)).toEqual({ serials: [a, b], badLines: [5], duplicates: 1 });
    expect(labelSelectionOf({ ...emptyLabelDraft, mode: 'list', list })).toBeNull();
    expect(labelSelectionOf({ ...emptyLabelDraft, mode: 'list', list: `${a}\n${b}` })).toEqual({
      serials: [a, b],
    });
  });

  it('sends a roll only when both ends are label codes', () => {
    expect(labelSelectionOf({ ...emptyLabelDraft, first: a, last: typo })).toBeNull();
    expect(labelSelectionOf({ ...emptyLabelDraft, first: ` ${a} `, last: b })).toEqual({
      firstSerial: a,
      lastSerial: b,
    });
  });

  it('adds a scanned code once', () => {
    const once = addScanned('', a);
    expect(once).toEqual({ list: a, added: true });
    expect(addScanned(once.list, a.toLowerCase())).toEqual({ list: a, added: false });
    expect(addScanned(once.list, `${b}`).list).toBe(`${a}\n${b}`);
    expect(addScanned(once.list, typo).added).toBe(false);
  });
});
