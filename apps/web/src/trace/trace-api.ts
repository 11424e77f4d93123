import type { GenealogyDirection } from '@nguon/contracts/client';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { useLotsKey } from '../lots/lot-api';

/** A lot's genealogy one way (each way cached on its own). */
export function useLotGenealogy(lotId: string, direction: GenealogyDirection) {
  return useQuery({
    queryKey: useLotsKey('genealogy', lotId, direction),
    queryFn: () => api.call('getLotGenealogy', { params: { id: lotId }, query: { direction } }),
  });
}

/** Where the browser downloads the walk as CSV (the session cookie goes with it). */
export const genealogyCsvHref = (lotId: string, direction: GenealogyDirection) =>
  `/api/v1/lots/${encodeURIComponent(lotId)}/genealogy.csv?direction=${direction}`;
