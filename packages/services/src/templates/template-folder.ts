import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TemplateFile, TemplateLoadFault } from '@nguon/contracts';
import { jsonSyntaxErrorPosition } from '@nguon/domain';
import { AppError } from '../errors/app-error';
import { checkTemplateFile } from './template-file-check';

/** The file of each template folder: `templates/<key>/template.json`. */
export const templateFileName = 'template.json';

export interface TemplateInFolder {
  /** The folder's name, which is the template's key. */
  name: string;
  path: string;
  file: TemplateFile;
}

export interface BrokenTemplateFile {
  name: string;
  path: string;
  /** What is wrong in the file (coded, with its pointer), or why it could not be read. */
  fault: TemplateLoadFault;
}

/** Reads and checks one folder's template file; its key must be the folder's name. */
export async function readTemplateFile(path: string, folder: string): Promise<TemplateFile> {
  const text = await readFile(path, 'utf8');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    // the parser's own reason is English and differs between engines: the place is said in our words
    const { line, column } = jsonSyntaxErrorPosition(text) ?? { line: 1, column: 1 };
    throw new AppError('TEMPLATE_FILE_INVALID', {
      path: '/',
      detail: { kind: 'message', key: 'templateCheck.notJson', values: { line, column } },
    });
  }
  const file = checkTemplateFile(raw);
  if (file.key !== folder)
    throw new AppError(
      'TEMPLATE_FILE_INVALID',
      {
        path: '/key',
        detail: { kind: 'message', key: 'templateCheck.keyNotFolder', values: { key: file.key, folder } },
      },
      '/key',
    );
  return file;
}

/**
 * Every template folder under `dir`, in name order: the good ones read and checked, each broken one with its
 * name, path and error, so one bad file never keeps the others from loading. A missing `dir` has none.
 */
export async function readTemplateFolder(
  dir: string,
): Promise<{ templates: TemplateInFolder[]; broken: BrokenTemplateFile[] }> {
  const entries = await readdir(dir, { withFileTypes: true }).catch((error: unknown) => {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return [];
    throw error;
  });
  const templates: TemplateInFolder[] = [];
  const broken: BrokenTemplateFile[] = [];
  const folders = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  for (const name of folders.sort()) {
    const path = join(dir, name, templateFileName);
    try {
      templates.push({ name, path, file: await readTemplateFile(path, name) });
    } catch (error) {
      broken.push({ name, path, fault: templateLoadFault(error) });
    }
  }
  return { templates, broken };
}

/** A load failure as data: a coded error keeps its code, values and pointer; anything else its message. */
export function templateLoadFault(error: unknown): TemplateLoadFault {
  if (error instanceof AppError) return { code: error.code, params: error.params, path: error.path };
  return { reason: error instanceof Error ? error.message : String(error) };
}
