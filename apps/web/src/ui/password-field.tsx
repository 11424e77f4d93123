import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useT } from '../i18n/use-t';

/** A password input whose show/hide button is named in the person's language. */
export function PasswordField(props: PasswordInputProps) {
  const t = useT();
  return <PasswordInput visibilityToggleButtonProps={{ 'aria-label': t('password.toggle') }} {...props} />;
}
