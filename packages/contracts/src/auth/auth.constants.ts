/** Shortest password accepted; the browser checks it before sending. */
export const PASSWORD_MIN_LENGTH = 10;
