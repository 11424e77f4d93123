import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  formatLabelCode,
  generateLabelSerials,
  isMistypedLabelSerial,
  labelSerialAlphabet,
  labelSerialCheckSymbol,
  labelSerialLength,
  parseLabelSerial,
} from './label-serial';

const serialPattern = /^[2-9A-HJ-NP-Z]{13}$/;

function withSymbol(serial: string, index: number, symbol: string): string {
  return serial.slice(0, index) + symbol + serial.slice(index + 1);
}

function swapped(serial: string, i: number, j: number): string {
  const chars = [...serial];
  [chars[i], chars[j]] = [chars[j] ?? '', chars[i] ?? ''];
  return chars.join('');
}

describe('generateLabelSerials', () => {
  it('gives 1,000,000 distinct 13-symbol serials that pass their check, from one call of the source', () => {
    let calls = 0;
    const serials = generateLabelSerials(1_000_000, (size) => {
      calls += 1;
      return randomBytes(size);
    });
    expect(calls).toBe(1);
    expect(new Set(serials).size).toBe(1_000_000);
    expect(serials.every((serial) => serialPattern.test(serial))).toBe(true);
    expect(serials.slice(0, 10_000).every((serial) => parseLabelSerial(serial).ok)).toBe(true);
  });

  it('spreads the 32 symbols evenly at every data position (60 bits of entropy)', () => {
    const count = 64_000;
    const serials = generateLabelSerials(count, randomBytes);
    const expected = count / 32;
    for (let position = 0; position < labelSerialLength - 1; position++) {
      const counts = new Map<string, number>();
      for (const serial of serials)
        counts.set(serial.charAt(position), (counts.get(serial.charAt(position)) ?? 0) + 1);
      expect(counts.size).toBe(32);
      const chiSquare = [...counts.values()].reduce((sum, n) => sum + (n - expected) ** 2 / expected, 0);
      // 31 degrees of freedom: p < 1e-6 beyond 80, so a fair source fails this about never.
      expect(chiSquare).toBeLessThan(80);
    }
  });

  it('maps each byte to its low five bits', () => {
    const bytes = Uint8Array.from({ length: 12 }, (_, i) => i * 32 + i);
    const [serial] = generateLabelSerials(1, () => bytes);
    expect(serial?.slice(0, 12)).toBe(labelSerialAlphabet.slice(0, 12));
  });

  it('refuses a negative count and a short random source', () => {
    expect(() => generateLabelSerials(-1, randomBytes)).toThrow(RangeError);
    expect(() => generateLabelSerials(2, () => new Uint8Array(12))).toThrow(RangeError);
  });
});

describe('the check symbol', () => {
  const samples = generateLabelSerials(2_000, randomBytes);

  it('is what generation appends', () => {
    for (const serial of samples.slice(0, 100))
      expect(labelSerialCheckSymbol(serial.slice(0, 12))).toBe(serial.at(12));
  });

  it('catches every single-symbol substitution, check symbol included', () => {
    let tried = 0;
    const missed: string[] = [];
    for (const serial of samples) {
      for (let index = 0; index < labelSerialLength; index++) {
        for (const symbol of labelSerialAlphabet) {
          if (symbol === serial.charAt(index)) continue;
          tried += 1;
          const typo = withSymbol(serial, index, symbol);
          if (parseLabelSerial(typo).ok) missed.push(typo);
        }
      }
    }
    expect(missed).toEqual([]);
    expect(tried).toBe(samples.length * 13 * 31);
  });

  it('catches every adjacent and jump transposition of different symbols, check symbol included', () => {
    const missed: string[] = [];
    for (const serial of samples) {
      for (let i = 0; i < labelSerialLength - 1; i++) {
        for (const j of [i + 1, i + 2]) {
          if (j >= labelSerialLength || serial.charAt(i) === serial.charAt(j)) continue;
          if (parseLabelSerial(swapped(serial, i, j)).ok) missed.push(swapped(serial, i, j));
        }
      }
    }
    expect(missed).toEqual([]);
  });

  it('catches every adjacent transposition over all symbol pairs at every position', () => {
    const data = (samples[0] ?? '').slice(0, 12);
    const sealed = (body: string) => body + labelSerialCheckSymbol(body);
    const missed: string[] = [];
    for (let i = 0; i < labelSerialLength - 2; i++) {
      for (const a of labelSerialAlphabet) {
        for (const b of labelSerialAlphabet) {
          if (a === b) continue;
          const serial = sealed(withSymbol(withSymbol(data, i, a), i + 1, b));
          if (parseLabelSerial(swapped(serial, i, i + 1)).ok) missed.push(serial);
        }
      }
    }
    // The last data symbol against the check symbol it produces.
    for (const a of labelSerialAlphabet) {
      const serial = sealed(withSymbol(data, 11, a));
      if (serial.charAt(11) !== serial.charAt(12) && parseLabelSerial(swapped(serial, 11, 12)).ok)
        missed.push(serial);
    }
    expect(missed).toEqual([]);
  });

  it('refuses data that is not 12 alphabet symbols', () => {
    expect(() => labelSerialCheckSymbol('ABC')).toThrow(RangeError);
    expect(() => labelSerialCheckSymbol('0BCDEFGHJKLM')).toThrow(RangeError);
  });
});

describe('parseLabelSerial', () => {
  const [serial = ''] = generateLabelSerials(1, randomBytes);

  it.each([
    ['as printed', (s: string) => s],
    ['lower case', (s: string) => s.toLowerCase()],
    ['grouped with spaces', (s: string) => formatLabelCode(s)],
    ['grouped with hyphens and padded', (s: string) => ` ${formatLabelCode(s).replaceAll(' ', '-')} `],
  ])('reads a serial %s', (_name, shape) => {
    expect(parseLabelSerial(shape(serial))).toEqual({ ok: true, serial });
  });

  it.each([
    ['', 'length'],
    ['ABCDEFGHJKLM', 'length'],
    ['ABCDEFGHJKLMNP', 'length'],
    ['0BCDEFGHJKLMN', 'character'],
    ['IBCDEFGHJKLMN', 'character'],
    ['ABCDEFGHJKLM!', 'character'],
  ])('%j is refused for its %s', (input, fault) => {
    expect(parseLabelSerial(input)).toEqual({ ok: false, fault });
  });
});

describe('isMistypedLabelSerial', () => {
  const [serial = ''] = generateLabelSerials(1, randomBytes);
  const swapped = serial.slice(0, 12) + (serial.at(12) === '2' ? '3' : '2');

  it('flags a serial of our shape whose check symbol is wrong', () => {
    expect(isMistypedLabelSerial(swapped)).toBe(true);
    expect(isMistypedLabelSerial(serial.slice(1, 2) + serial.slice(0, 1) + serial.slice(2))).toBe(
      serial[0] !== serial[1],
    );
  });

  it.each([
    ['a right serial', serial],
    ['another length', 'ABCDEFGHJKLM'],
    ['lower case (not how we print)', swapped.toLowerCase()],
    ['a character outside the alphabet', `0${swapped.slice(1)}`],
    ['a GS1 serial of some other shape', 'LOT-2026/05'],
  ])('leaves %s to the look-up', (_name, value) => {
    expect(isMistypedLabelSerial(value)).toBe(false);
  });
});

describe('formatLabelCode', () => {
  it('groups 4-4-5', () => {
    expect(formatLabelCode('7KQM3XWP9D2FH')).toBe('7KQM 3XWP 9D2FH');
  });
});
