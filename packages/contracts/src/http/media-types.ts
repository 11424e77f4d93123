/** Image types a browser shows everywhere: what logos and photos may be. */
export const imageMediaTypes = ['image/png', 'image/jpeg', 'image/webp'] as const;
