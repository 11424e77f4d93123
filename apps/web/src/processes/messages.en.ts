import type { designerVi } from './messages.vi';

/** English strings of the processes feature, typed against the Vietnamese ones. */
export const designerEn: Record<keyof typeof designerVi, string> = {
  'designer.title': 'Processes',
};
