import {
  appMessages,
  authMessages,
  catalogMessages,
  formBuilderMessages,
  jobMessages,
  labelScreenMessages,
  lotMessages,
  overviewMessages,
  processMessages,
  productMessages,
  recallScreenMessages,
  scanMessages,
  signUpMessages,
  staffMessages,
  stageJobScreenMessages,
  tenantMessages,
  tokenMessages,
  traceScreenMessages,
} from '@nguon/contracts/client';

/** The feature catalogues the web shows, each kept in contracts beside its feature; no key is in two. */
export const catalogueParts = [
  appMessages,
  authMessages,
  signUpMessages,
  staffMessages,
  tenantMessages,
  tokenMessages,
  processMessages,
  formBuilderMessages,
  catalogMessages,
  productMessages,
  lotMessages,
  stageJobScreenMessages,
  jobMessages,
  labelScreenMessages,
  scanMessages,
  traceScreenMessages,
  recallScreenMessages,
  overviewMessages,
] as const;

/** Vietnamese, the first language: every user-visible string of the web app. `{name}` is filled by useT(). */
export const vi = {
  ...appMessages.vi,
  ...authMessages.vi,
  ...signUpMessages.vi,
  ...staffMessages.vi,
  ...tenantMessages.vi,
  ...tokenMessages.vi,
  ...processMessages.vi,
  ...formBuilderMessages.vi,
  ...catalogMessages.vi,
  ...productMessages.vi,
  ...lotMessages.vi,
  ...stageJobScreenMessages.vi,
  ...jobMessages.vi,
  ...labelScreenMessages.vi,
  ...scanMessages.vi,
  ...traceScreenMessages.vi,
  ...recallScreenMessages.vi,
  ...overviewMessages.vi,
} as const;

export type MessageKey = keyof typeof vi;
export type Messages = Record<MessageKey, string>;

/** English, typed against the Vietnamese catalogue so a missing or extra key fails the type check. */
export const en: Messages = {
  ...appMessages.en,
  ...authMessages.en,
  ...signUpMessages.en,
  ...staffMessages.en,
  ...tenantMessages.en,
  ...tokenMessages.en,
  ...processMessages.en,
  ...formBuilderMessages.en,
  ...catalogMessages.en,
  ...productMessages.en,
  ...lotMessages.en,
  ...stageJobScreenMessages.en,
  ...jobMessages.en,
  ...labelScreenMessages.en,
  ...scanMessages.en,
  ...traceScreenMessages.en,
  ...recallScreenMessages.en,
  ...overviewMessages.en,
};
