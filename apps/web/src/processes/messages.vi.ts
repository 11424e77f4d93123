/** Vietnamese strings of the processes feature; merged into the app catalogue (i18n/messages.vi.ts). */
export const designerVi = {
  'designer.title': 'Quy trình',
} as const;
