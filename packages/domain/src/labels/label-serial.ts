/**
 * Label serials: 12 random symbols (60 bits) and one check symbol from an alphabet without 0/1/I/O, all in
 * GS1 character set 82, so a serial is safe in a Digital Link URI path and hard to misread on a label.
 */
export const labelSerialAlphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const labelSerialLength = 13;
const dataLength = labelSerialLength - 1;

const symbolValues = new Map([...labelSerialAlphabet].map((symbol, value) => [symbol, value]));

/** Multiplies by x in GF(32) with the primitive polynomial x^5 + x^2 + 1. */
function timesX(value: number): number {
  const shifted = value << 1;
  return shifted & 32 ? shifted ^ 0b100101 : shifted;
}

/** Damm's fold over GF(32), quasigroup a*b = x·a XOR b: zero for a serial whose check symbol is right. */
function dammFold(symbols: string): number {
  let interim = 0;
  for (const symbol of symbols) interim = timesX(interim) ^ (symbolValues.get(symbol) ?? 0);
  return interim;
}

/**
 * The check symbol of 12 data symbols. Damm's algorithm catches every single substitution and every
 * adjacent or jump transposition, the check symbol included, which is what a person typing a code gets wrong.
 */
export function labelSerialCheckSymbol(data: string): string {
  if (data.length !== dataLength || [...data].some((symbol) => !symbolValues.has(symbol)))
    throw new RangeError('label serial data must be 12 alphabet symbols');
  return labelSerialAlphabet.charAt(timesX(dammFold(data)));
}

/** `count` fresh serials from one call of the random source; 256 % 32 = 0, so `byte & 31` stays uniform. */
export function generateLabelSerials(count: number, randomBytes: (size: number) => Uint8Array): string[] {
  if (!Number.isInteger(count) || count < 0) throw new RangeError('count must be a non-negative integer');
  const bytes = randomBytes(dataLength * count);
  if (bytes.length < dataLength * count) throw new RangeError('random source returned too few bytes');
  const serials = new Array<string>(count);
  for (let i = 0; i < count; i++) {
    let data = '';
    let interim = 0;
    for (let j = 0; j < dataLength; j++) {
      const value = (bytes[i * dataLength + j] ?? 0) & 31;
      data += labelSerialAlphabet.charAt(value);
      interim = timesX(interim) ^ value;
    }
    serials[i] = data + labelSerialAlphabet.charAt(timesX(interim));
  }
  return serials;
}

export type LabelSerialFault = 'length' | 'character' | 'check';
export type LabelSerialParse = { ok: true; serial: string } | { ok: false; fault: LabelSerialFault };

/** Reads a serial as people type or scan it: case, spaces and hyphens do not matter. */
export function parseLabelSerial(input: string): LabelSerialParse {
  const serial = input.trim().toUpperCase().replace(/[\s-]/g, '');
  if (serial.length !== labelSerialLength) return { ok: false, fault: 'length' };
  if ([...serial].some((symbol) => !symbolValues.has(symbol))) return { ok: false, fault: 'character' };
  if (dammFold(serial) !== 0) return { ok: false, fault: 'check' };
  return { ok: true, serial };
}

/** The serial grouped 4-4-5 ("7KQM 3XWP 9D2FH") for people to read aloud and type. */
export function formatLabelCode(serial: string): string {
  return `${serial.slice(0, 4)} ${serial.slice(4, 8)} ${serial.slice(8)}`;
}

/**
 * Whether a resolver's serial has exactly the shape of ours (13 symbols of the alphabet, as printed) but a wrong
 * check symbol: a person mistyped it, so the resolver says so (a 400) without looking it up. Any other value is
 * simply looked up, and an unknown one is the same 404 as every other.
 */
export function isMistypedLabelSerial(value: string): boolean {
  if (value.length !== labelSerialLength || [...value].some((symbol) => !symbolValues.has(symbol)))
    return false;
  return dammFold(value) !== 0;
}
