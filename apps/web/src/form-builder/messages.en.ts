import type { formBuilderVi } from './messages.vi';

/** English strings of the form-builder feature, typed against the Vietnamese ones. */
export const formBuilderEn: Record<keyof typeof formBuilderVi, string> = {
  'formBuilder.title': 'Form',
};
