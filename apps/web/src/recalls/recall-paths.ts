export const recallsPath = '/recalls';
export const recallPath = (id: string) => `/recalls/${encodeURIComponent(id)}`;

/** What the new-recall form starts with: a drill or not, a lot or a catalog item already chosen. */
export interface RecallStart {
  drill?: boolean;
  lotId?: string;
  catalogId?: string;
  itemId?: string;
}

export function newRecallPath(start: RecallStart = {}): string {
  const search = new URLSearchParams();
  if (start.drill) search.set('drill', '1');
  if (start.lotId) search.set('lotId', start.lotId);
  if (start.catalogId && start.itemId) {
    search.set('catalogId', start.catalogId);
    search.set('itemId', start.itemId);
  }
  const text = search.toString();
  return `/recalls/new${text ? `?${text}` : ''}`;
}

export function recallStartOf(search: URLSearchParams): RecallStart {
  return {
    drill: search.get('drill') === '1',
    lotId: search.get('lotId') ?? undefined,
    catalogId: search.get('catalogId') ?? undefined,
    itemId: search.get('itemId') ?? undefined,
  };
}
