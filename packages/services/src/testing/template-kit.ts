import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { TemplateDraftViewSource, TemplateFile } from '@nguon/contracts';
import { findTemplateByKey, insertTemplate } from '@nguon/db';
import type { ServiceContext } from '../context/service-context';
import { checkTemplateFile } from '../templates/template-file-check';
import { storeTemplateVersion } from '../templates/template-publishing.service';
import { withUnitOfWork } from '../unit-of-work';

/** The repository's templates/ folder: the real template files. */
export const repoTemplatesDir = fileURLToPath(new URL('../../../../templates/', import.meta.url));

/** A real template file from templates/ (the tea one unless named), parsed as unknown JSON. */
export async function readRepoTemplate(key = 'che-shan-tuyet'): Promise<unknown> {
  const text = await readFile(`${repoTemplatesDir}${key}/template.json`, 'utf8');
  return JSON.parse(text);
}

export interface TestTemplate {
  id: string;
  key: string;
  number: number;
  file: TemplateFile;
}

/**
 * Publishes a template (the tea template unless a file is given, changed by `change` when passed) as if
 * loaded from templates/: the template is created when missing, the file becomes its next version.
 */
export async function publishTestTemplate(
  ctx: ServiceContext,
  options: { raw?: unknown; change?: (file: TemplateFile) => void } = {},
): Promise<TestTemplate> {
  const read = checkTemplateFile(options.raw ?? (await readRepoTemplate()));
  options.change?.(read);
  // a changed file is checked again: a test publishes only what an expert could
  const file = options.change ? checkTemplateFile(read) : read;
  return withUnitOfWork(ctx, async (unit) => {
    const existing = await findTemplateByKey(unit.db, file.key);
    const id = existing?.id ?? ctx.newId();
    if (!existing)
      await insertTemplate(unit.db, {
        id,
        key: file.key,
        productType: file.productType,
        createdBy: null,
        now: unit.now(),
      });
    const stored = await storeTemplateVersion(unit, id, file, { source: 'file', publishedBy: null });
    return { id, key: file.key, number: stored.added ? stored.number : stored.existing, file };
  });
}

/** The details part of a draft's view as a save sends it: without its revision and who saved it. */
export function draftDetailsOf(view: TemplateDraftViewSource) {
  const { revision: _r, updatedAt: _a, updatedBy: _b, ...details } = view.details;
  return details;
}
