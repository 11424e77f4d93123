export const lotStatuses = ['in_progress', 'completed', 'recalled'] as const;
