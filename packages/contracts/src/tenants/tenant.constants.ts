/** Largest tenant logo accepted, in bytes. */
export const maxLogoBytes = 512 * 1024;
