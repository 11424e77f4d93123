import type { ProcessExportFile } from '@nguon/contracts/client';

export type ProcessFileReading = { file: ProcessExportFile } | { fault: 'notJson' | 'notProcessFile' };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Whether a parsed file is meant to be a Nguồn process file. Only the envelope is looked at: the server
 * validates everything inside with the contract's schema and names the path of each bad value.
 */
function isProcessFileEnvelope(value: unknown): value is ProcessExportFile {
  return (
    isObject(value) &&
    value.format === 'nguon.process' &&
    typeof value.formatVersion === 'number' &&
    isObject(value.name) &&
    isObject(value.definition)
  );
}

/** The text of a chosen file as a process file to send, or why it is not one. */
export function readProcessFile(text: string): ProcessFileReading {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { fault: 'notJson' };
  }
  return isProcessFileEnvelope(parsed) ? { file: parsed } : { fault: 'notProcessFile' };
}

/** Process files are at most a few MB (the API accepts 4 MB of JSON). */
export const maxProcessFileBytes = 4 * 1024 * 1024;
