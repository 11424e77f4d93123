import type { ErrorEntry } from '../errors/shared.errors';

/** Codes only files endpoints answer with. */
export const fileErrors = {} as const satisfies Record<string, ErrorEntry>;

export type FileErrorCode = keyof typeof fileErrors;
