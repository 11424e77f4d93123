import type { ChangePasswordBody, SessionView, SetPasswordBody, SignInBody } from '@nguon/contracts/client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, rememberCsrfToken } from '../api/client';
import { sessionKey } from '../api/query-keys';

/** Asks session-state, not getSession: a signed-out visitor gets a 200, so the console shows no 401 before sign-in. */
async function fetchSession(): Promise<SessionView | null> {
  const state = await api.call('getSessionState', {});
  const session = state.signedIn ? state.session : null;
  rememberCsrfToken(session?.csrfToken ?? null);
  return session;
}

/** The signed-in person, or null; loaded once and replaced by every answer that carries a session. */
export function useSessionQuery() {
  return useQuery({ queryKey: sessionKey, queryFn: fetchSession, staleTime: Number.POSITIVE_INFINITY });
}

function useApplySession(): (session: SessionView) => void {
  const queryClient = useQueryClient();
  return (session) => {
    rememberCsrfToken(session.csrfToken);
    queryClient.setQueryData(sessionKey, session);
  };
}

export function useSignIn() {
  const applySession = useApplySession();
  return useMutation({
    mutationFn: (body: SignInBody) => api.call('signIn', { body }),
    onSuccess: applySession,
  });
}

export function useSetPassword() {
  const applySession = useApplySession();
  return useMutation({
    mutationFn: (body: SetPasswordBody) => api.call('setPassword', { body }),
    onSuccess: applySession,
  });
}

export function useChangePassword() {
  return useMutation({ mutationFn: (body: ChangePasswordBody) => api.call('changePassword', { body }) });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.call('signOut', {}),
    onSuccess: () => {
      rememberCsrfToken(null);
      // set, not clear: the guard observes the session query and must see it turn null
      queryClient.setQueryData(sessionKey, null);
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKey[0] });
    },
  });
}

/** Work in another tenant: the new session replaces the old one and every tenant query is fetched again. */
export function useSwitchTenant() {
  const queryClient = useQueryClient();
  const applySession = useApplySession();
  return useMutation({
    mutationFn: (tenantId: string) => api.call('switchTenant', { body: { tenantId } }),
    onSuccess: async (session) => {
      applySession(session);
      await queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== sessionKey[0] });
    },
  });
}
