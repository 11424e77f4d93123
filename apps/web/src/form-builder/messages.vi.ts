/** Vietnamese strings of the form-builder feature; merged into the app catalogue (i18n/messages.vi.ts). */
export const formBuilderVi = {
  'formBuilder.title': 'Biểu mẫu',
} as const;
