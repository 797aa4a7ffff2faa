import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { api } from '../../api/client';
import { clearSession } from '../../api/session';

/** Ends the session on the server, forgets every cached answer, and goes back to the login page. */
export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => api.post<void>('/api/auth/logout'),
    // Even if the server is unreachable, the browser must not keep showing the user's data.
    onSettled: async () => {
      clearSession(queryClient);
      await navigate({ to: '/login' });
    },
  });
}
