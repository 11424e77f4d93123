/** Where a lot stands; shared by lots and recalls (no TypeBox here: the browser imports it). */
export const lotStatuses = ['in_progress', 'completed', 'recalled'] as const;
