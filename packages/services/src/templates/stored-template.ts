import { resourceNames, TemplateFile } from '@nguon/contracts';
import { type Db, findTemplateVersion, type TemplateVersionWithPublisher } from '@nguon/db';
import { createAjv } from '@nguon/forms';
import { AppError } from '../errors/app-error';
import { bothLanguages } from '../errors/both-languages';

const validFile = createAjv().compile<TemplateFile>(TemplateFile);

/** A version's content read back: it passed every check when published, so a bad one is a bug. */
export function parseStoredTemplateFile(content: unknown): TemplateFile {
  if (!validFile(content))
    throw new Error(`stored template file is malformed: ${JSON.stringify(validFile.errors)}`);
  return content;
}

/** A version owners may still use: it exists (NOT_FOUND) and is not deprecated. */
export async function requireUsableTemplateVersion(
  db: Db,
  templateId: string,
  number: number,
): Promise<{ version: TemplateVersionWithPublisher; file: TemplateFile }> {
  const version = await findTemplateVersion(db, templateId, number);
  if (!version) throw new AppError('NOT_FOUND', { resource: resourceNames.templateVersion }, '/version');
  if (version.deprecated_at !== null) {
    const message = bothLanguages({ vi: version.deprecation_vi ?? '', en: version.deprecation_en ?? '' });
    throw new AppError('TEMPLATE_VERSION_DEPRECATED', { version: number, message }, '/version');
  }
  return { version, file: parseStoredTemplateFile(version.content) };
}
