import { resourceNames, type TemplateFile } from '@nguon/contracts';
import { type Db, findTemplateVersion, type TemplateVersionWithPublisher } from '@nguon/db';
import { AppError } from '../errors/app-error';
import { bothLanguages } from '../errors/both-languages';
import { storedTemplateFile } from './template-views';

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
  return { version, file: storedTemplateFile(version) };
}
