import type { SignUpBody } from '@nguon/contracts/client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { sessionKey } from '../api/query-keys';

/** Whether this platform takes sign-ups (open, approval or closed). */
export function useSignUpSettings() {
  return useQuery({
    queryKey: ['sign-up-settings'],
    queryFn: () => api.call('getSignUpSettings', {}),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Signs up; the answer sets the session cookie, so the session is read again and the guard lets the person in. */
export function useSignUp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, key }: { body: SignUpBody; key: string }) =>
      api.call('signUp', { body }, { idempotencyKey: key }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionKey }),
  });
}
