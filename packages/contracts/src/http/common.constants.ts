/** Shortest password accepted; the browser checks it before sending. Several features ask for a new password. */
export const PASSWORD_MIN_LENGTH = 10;
