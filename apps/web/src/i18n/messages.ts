import {
  appMessages,
  authMessages,
  catalogMessages,
  formBuilderMessages,
  jobMessages,
  labelScreenMessages,
  lotMessages,
  processJobMessages,
  processMessages,
  productMessages,
  recallScreenMessages,
  scanMessages,
  signUpMessages,
  staffMessages,
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
  processJobMessages,
  formBuilderMessages,
  catalogMessages,
  productMessages,
  lotMessages,
  jobMessages,
  labelScreenMessages,
  scanMessages,
  traceScreenMessages,
  recallScreenMessages,
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
  ...processJobMessages.vi,
  ...formBuilderMessages.vi,
  ...catalogMessages.vi,
  ...productMessages.vi,
  ...lotMessages.vi,
  ...jobMessages.vi,
  ...labelScreenMessages.vi,
  ...scanMessages.vi,
  ...traceScreenMessages.vi,
  ...recallScreenMessages.vi,
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
  ...processJobMessages.en,
  ...formBuilderMessages.en,
  ...catalogMessages.en,
  ...productMessages.en,
  ...lotMessages.en,
  ...jobMessages.en,
  ...labelScreenMessages.en,
  ...scanMessages.en,
  ...traceScreenMessages.en,
  ...recallScreenMessages.en,
};
