import { describe, expect, it } from 'vitest';
import { exportFileName } from '../process-api';
import { readProcessFile } from './process-file';

describe('readProcessFile', () => {
  const file = {
    format: 'nguon.process',
    formatVersion: 1,
    name: { vi: 'Lúa', en: '' },
    productType: 'rice',
    sourceVersion: null,
    exportedAt: '2025-01-01T00:00:00Z',
    definition: { schemaVersion: 1, stages: [], edges: [] },
  };
  it.each([
    ['a process file', JSON.stringify(file), 'file'],
    ['text that is not JSON', 'Quy trình lúa', 'notJson'],
    ['JSON of something else', JSON.stringify({ hello: 'world' }), 'notProcessFile'],
    ['a list', '[]', 'notProcessFile'],
    ['another format', JSON.stringify({ ...file, format: 'other' }), 'notProcessFile'],
  ])('%s -> %s', (_case, text, outcome) => {
    const reading = readProcessFile(text);
    expect('file' in reading ? 'file' : reading.fault).toBe(outcome);
  });
});

describe('exportFileName', () => {
  it.each([
    ['Quy trình lúa ST25', 'Quy trình lúa ST25.nguon-process.json'],
    ['Chè: loại 1/2 "đặc biệt"', 'Chè loại 1 2 đặc biệt.nguon-process.json'],
    ['\u0007  ', 'process.nguon-process.json'],
  ])('%s -> %s', (name, fileName) => {
    expect(exportFileName(name)).toBe(fileName);
  });
});
