import { clientRoutes, type Lang } from '@nguon/contracts/client';
import { formatFileSize } from '../i18n/format';
import { translate } from '../i18n/use-t';

/** The media types and size the API takes for a tenant logo, straight from the contract. */
export const logoUpload = clientRoutes.uploadTenantLogo.upload;
const acceptedTypes: readonly string[] = logoUpload.mediaTypes;

/** The file picker's filter; the browser may still hand over another file, so logoFileError checks again. */
export const logoAccept = acceptedTypes.join(',');

/**
 * Why the API would refuse this file, in the person's language, found before sending it over a slow
 * connection; null when it may go. The API still checks the bytes themselves.
 */
export function logoFileError(file: Pick<File, 'type' | 'size'>, lang: Lang): string | null {
  if (!acceptedTypes.includes(file.type)) return translate(lang, 'logo.wrongType');
  if (file.size === 0) return translate(lang, 'logo.empty');
  if (file.size > logoUpload.maxBytes) {
    return translate(lang, 'logo.tooLarge', {
      size: formatFileSize(file.size, lang),
      max: formatFileSize(logoUpload.maxBytes, lang),
    });
  }
  return null;
}
