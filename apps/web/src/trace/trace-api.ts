import type { GenealogyDirection } from '@nguon/contracts/client';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { useSession } from '../auth/session-context';
import { useLotsKey } from '../lots/lot-api';

/** A lot's genealogy one way (each way cached on its own). */
export function useLotGenealogy(lotId: string, direction: GenealogyDirection) {
  return useQuery({
    queryKey: useLotsKey('genealogy', lotId, direction),
    queryFn: () => api.call('getLotGenealogy', { params: { id: lotId }, query: { direction } }),
  });
}

/** An inspector's walk of a lot of a tenant in their provinces, with the tenant it belongs to. */
export function useInspectedLotGenealogy(lotId: string, direction: GenealogyDirection) {
  const userId = useSession().user.id;
  return useQuery({
    queryKey: ['inspection', userId, 'genealogy', lotId, direction],
    queryFn: () => api.call('getInspectedLotGenealogy', { params: { id: lotId }, query: { direction } }),
  });
}

/** Where the browser downloads the walk as CSV (the session cookie goes with it). */
export const genealogyCsvHref = (lotId: string, direction: GenealogyDirection) =>
  `/api/v1/lots/${encodeURIComponent(lotId)}/genealogy.csv?direction=${direction}`;
