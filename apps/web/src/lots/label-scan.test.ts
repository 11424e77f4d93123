import { describe, expect, it } from 'vitest';
import { nativeQrDetector, serialFromScan } from './label-scan';

describe('serialFromScan', () => {
  it.each([
    ['https://trace.htx.vn/01/08938500000010/21/7KQM3XWP9D2FH', '7KQM3XWP9D2FH'],
    ['https://trace.htx.vn/01/08938500000010/10/L%2F1/21/7KQM3XWP9D2FH?linkType=all', '7KQM3XWP9D2FH'],
    ['http://192.168.1.10:3000/q/7KQM3XWP9D2FH/', '7KQM3XWP9D2FH'],
    [' 7KQM 3XWP 9D2FH ', '7KQM 3XWP 9D2FH'],
  ])('reads %s as %s', (raw, serial) => {
    expect(serialFromScan(raw)).toBe(serial);
  });
});

describe('nativeQrDetector', () => {
  it('is null where the browser has no BarcodeDetector (jsdom)', async () => {
    expect(await nativeQrDetector()).toBeNull();
  });
});
