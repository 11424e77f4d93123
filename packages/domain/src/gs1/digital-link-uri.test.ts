import { describe, expect, it } from 'vitest';
import {
  canonicalDigitalLinkPath,
  type DigitalLinkFaultCode,
  normalizeLinkType,
  parseDigitalLink,
  percentDecodeSegment,
} from './digital-link-uri';

const gtin = '08938500000010';

describe('parseDigitalLink: well-formed links', () => {
  it.each([
    ['GTIN only', `/01/${gtin}`, { gtin14: gtin, cpv: null, lot: null, serial: null }],
    ['trailing slash', `/01/${gtin}/`, { gtin14: gtin, cpv: null, lot: null, serial: null }],
    ['serial', `/01/${gtin}/21/ABC23`, { gtin14: gtin, cpv: null, lot: null, serial: 'ABC23' }],
    ['lot', `/01/${gtin}/10/R25-01`, { gtin14: gtin, cpv: null, lot: 'R25-01', serial: null }],
    ['lot and serial', `/01/${gtin}/10/R1/21/S1`, { gtin14: gtin, cpv: null, lot: 'R1', serial: 'S1' }],
    [
      'all three in order',
      `/01/${gtin}/22/V2/10/R1/21/S1`,
      { gtin14: gtin, cpv: 'V2', lot: 'R1', serial: 'S1' },
    ],
    [
      'encoded slash stays in the value',
      `/01/${gtin}/10/A%2FB/21/S1`,
      { gtin14: gtin, lot: 'A/B', serial: 'S1' },
    ],
    [
      'GS1 symbols !"%&\'()*+,-./:;<=>?_',
      `/01/${gtin}/10/${encodeURIComponent('!"%&\'()*+,-./:;<=>?_')}`,
      {
        lot: '!"%&\'()*+,-./:;<=>?_',
      },
    ],
    ['20 characters counted after decoding', `/01/${gtin}/10/${'%41'.repeat(20)}`, { lot: 'A'.repeat(20) }],
    ['lower-case escape', `/01/${gtin}/10/a%2fb`, { lot: 'a/b' }],
  ])('%s', (_name, path, expected) => {
    const parse = parseDigitalLink(path);
    expect(parse.ok).toBe(true);
    if (parse.ok)
      expect(parse.request.keys).toMatchObject({ kind: 'gtin', gtinWasCanonical: true, ...expected });
  });

  it.each([
    ['GTIN-8', '96385074', '00000096385074'],
    ['GTIN-12', '614141000036', '00614141000036'],
    ['GTIN-13', '8938500000010', gtin],
  ])('%s is read as its GTIN-14 and marked for a redirect', (_name, short, gtin14) => {
    const parse = parseDigitalLink(`/01/${short}/21/S1`);
    expect(parse.ok && parse.request.keys).toMatchObject({ kind: 'gtin', gtin14, gtinWasCanonical: false });
  });

  it('reads the short form of labels printed before their product', () => {
    const parse = parseDigitalLink('/q/ABCDEFGHJKLMN');
    expect(parse.ok && parse.request.keys).toEqual({ kind: 'short', serial: 'ABCDEFGHJKLMN' });
  });
});

describe('parseDigitalLink: syntax faults', () => {
  it.each<[string, string, DigitalLinkFaultCode, string?]>([
    ['malformed escape', `/01/${gtin}/21/A%4g`, 'escape'],
    ['lone percent', `/01/${gtin}/21/A%`, 'escape'],
    ['escape that is not UTF-8', `/01/${gtin}/21/%C3%28`, 'escape'],
    ['root', '/', 'path'],
    ['unknown primary key', '/414/8938500000011', 'path'],
    ['deprecated alpha key', `/gtin/${gtin}`, 'path'],
    ['qualifier without a value', `/01/${gtin}/21`, 'path'],
    ['data attribute in the path', `/01/${gtin}/17/261231`, 'path', '17'],
    ['double slash', `/01//${gtin}`, 'path'],
    ['path traversal', '/01/../../etc/passwd', 'path'],
    ['encoded traversal', '/01/%2E%2E/21/x', 'gtin_format', '01'],
    ['GTIN with letters', '/01/0893850000001A', 'gtin_format', '01'],
    ['GTIN of 11 digits', '/01/89385000000', 'gtin_format', '01'],
    ['GTIN of 15 digits', '/01/089385000000100', 'gtin_format', '01'],
    ['wrong check digit', '/01/08938500000011', 'gtin_check_digit', '01'],
    ['serial before lot', `/01/${gtin}/21/S1/10/R1`, 'qualifier_order', '10'],
    ['lot before variant', `/01/${gtin}/10/R1/22/V1`, 'qualifier_order', '22'],
    ['serial twice', `/01/${gtin}/21/S1/21/S2`, 'qualifier_order', '21'],
    ['serial of 21 characters', `/01/${gtin}/21/${'A'.repeat(21)}`, 'value_length', '21'],
    ['21 characters after decoding', `/01/${gtin}/10/${'%41'.repeat(21)}`, 'value_length', '10'],
    ['empty lot', `/01/${gtin}/10//21/S1`, 'value_length', '10'],
    ['space in a serial', `/01/${gtin}/21/A%20B`, 'value_charset', '21'],
    ['Vietnamese letter in a lot', `/01/${gtin}/10/L%C3%B4`, 'value_charset', '10'],
    ['hash in a serial', `/01/${gtin}/21/A%23B`, 'value_charset', '21'],
    ['NUL byte', `/01/${gtin}/21/A%00B`, 'value_charset', '21'],
    ['raw lone surrogate', `/01/${gtin}/21/A\ud800B`, 'value_charset', '21'],
    ['encoded lone surrogate', `/01/${gtin}/21/A%ED%A0%80B`, 'escape'],
    ['GTIN past 2^53', '/01/99999999999999999999', 'gtin_format', '01'],
    ['short form with a bad character', '/q/ABC%20DEF', 'value_charset', '21'],
    ['short form with more segments', '/q/ABC/DEF', 'path'],
  ])('%s', (_name, path, code, ai) => {
    const parse = parseDigitalLink(path);
    expect(parse).toEqual({ ok: false, fault: ai === undefined ? { code } : { code, ai } });
  });
});

describe('parseDigitalLink: the query', () => {
  it('keeps valid data attributes, the link type and the raw query; ignores other keys', () => {
    const rawQuery = '17=261231&3103=001250&linkType=gs1%3Apip&utm_source=zalo&lang=vi';
    const parse = parseDigitalLink(`/01/${gtin}/21/S1`, rawQuery);
    expect(parse.ok && parse.request).toMatchObject({
      attributes: { '17': '261231', '3103': '001250' },
      linkType: 'gs1:pip',
      rawQuery,
    });
  });

  it.each<[string, string, DigitalLinkFaultCode, string?]>([
    ['unknown AI', '4321=1', 'query_ai_unknown', '4321'],
    ['duplicated AI', '17=261231&17=270101', 'query_ai_duplicate', '17'],
    ['expiry month 13', '17=261331', 'query_ai_value', '17'],
    ['production date with day 00', '11=261200', 'query_ai_value', '11'],
    ['count with letters', '30=12a', 'query_ai_value', '30'],
    ['net weight of 5 digits', '3103=12345', 'query_ai_value', '3103'],
    ['serial in the query', '21=S1', 'query_ai_key', '21'],
    ['GTIN in the query', `01=${gtin}`, 'query_ai_key', '01'],
    ['malformed escape in a value', 'linkType=%zz', 'escape'],
    ['malformed escape in a key', '%g1=x', 'escape'],
  ])('%s', (_name, rawQuery, code, ai) => {
    expect(parseDigitalLink(`/01/${gtin}`, rawQuery)).toEqual({
      ok: false,
      fault: ai === undefined ? { code } : { code, ai },
    });
  });

  it('allows day 00 where GS1 does (best before, expiry)', () => {
    expect(parseDigitalLink(`/01/${gtin}`, '15=261200&17=261200').ok).toBe(true);
  });
});

describe('canonicalDigitalLinkPath', () => {
  it.each([
    ['/01/8938500000010/21/S1', `/01/${gtin}/21/S1`],
    [`/01/${gtin}/22/V/10/A%2FB/21/S1/`, `/01/${gtin}/22/V/10/A%2FB/21/S1`],
    [`/01/${gtin}/10/%21x`, `/01/${gtin}/10/%21x`],
    ['/q/ABC', '/q/ABC'],
  ])('%s → %s', (path, canonical) => {
    const parse = parseDigitalLink(path);
    expect(parse.ok && canonicalDigitalLinkPath(parse.request.keys)).toBe(canonical);
  });
});

describe('normalizeLinkType', () => {
  it.each([
    [null, { kind: 'default' }],
    ['', { kind: 'default' }],
    ['linkset', { kind: 'linkset' }],
    ['all', { kind: 'linkset' }],
    ['gs1:pip', { kind: 'type', linkType: 'gs1:pip' }],
    ['https://gs1.org/voc/recallStatus', { kind: 'type', linkType: 'gs1:recallStatus' }],
    ['https://ref.gs1.org/voc/certificationInfo', { kind: 'type', linkType: 'gs1:certificationInfo' }],
    ['gs1:traceability', { kind: 'type', linkType: 'gs1:traceability' }],
    ['gs1:smpc', { kind: 'absent', linkType: 'gs1:smpc' }],
    ['GS1:PIP', { kind: 'absent', linkType: 'GS1:PIP' }],
  ])('%s', (value, expected) => {
    expect(normalizeLinkType(value)).toEqual(expected);
  });
});

describe('percentDecodeSegment', () => {
  it('never throws, whatever the bytes', () => {
    for (const segment of ['%', '%%', '%E0%A4%A', '%FF', '%ED%A0%80', 'a%2', '\u0000'])
      expect(() => percentDecodeSegment(segment)).not.toThrow();
  });
});
