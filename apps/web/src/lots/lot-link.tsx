import { createContext, useContext } from 'react';
import { tracePath } from './lot-paths';

/** An inspector's read-only walk of a lot of a tenant in their provinces. */
export const inspectedTracePath = (lotId: string) => `/oversight/lots/${encodeURIComponent(lotId)}/trace`;

/** Where a lot named in a walk or a recall leads: the tenant's trace explorer, or an inspector's. */
const LotLinkContext = createContext<(lotId: string) => string>(tracePath);

export const LotLinkProvider = LotLinkContext.Provider;

export function useLotLink(): (lotId: string) => string {
  return useContext(LotLinkContext);
}
