import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import { accessOf, useSession } from '../auth/session-context';
import { navItemsFor, type SectionId } from './nav-items';

/** A section the person's roles do not show is not reachable by typing its address either. */
export function SectionGuard({ section, children }: { section: SectionId; children: ReactNode }) {
  const session = useSession();
  if (!navItemsFor(accessOf(session)).includes(section)) return <Navigate to="/" replace />;
  return children;
}
