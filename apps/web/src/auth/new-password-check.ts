import { PASSWORD_MIN_LENGTH } from '@nguon/contracts/client';
import type { Translate } from '../i18n/use-t';

/** Client-side check of a new password typed twice, mirroring the API's minimum length. */
export function checkNewPassword(password: string, repeat: string, t: Translate) {
  return {
    password:
      password.length < PASSWORD_MIN_LENGTH ? t('common.tooShort', { min: PASSWORD_MIN_LENGTH }) : undefined,
    repeat: repeat !== password ? t('password.mismatch') : undefined,
  };
}
