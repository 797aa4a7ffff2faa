import '@mantine/core/styles.css';
import './app.css';
import { MantineProvider } from '@mantine/core';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode, useCallback, useMemo, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiRequestError } from './api/client';
import { SESSION_KEY, clearSession, type SessionState } from './api/session';
import { buildRouter } from './app/router';
import { buildTheme, cssVariablesResolver } from './app/theme';
import { useI18n } from './i18n/context';
import { I18nProvider } from './i18n/I18nProvider';

/**
 * When any request answers 401 (the session expired or was revoked elsewhere), forget the user and go to login;
 * when it says a second factor is due, re-read the session so the guard sends the user to the right step.
 */
function onApiError(err: unknown, queryKey?: readonly unknown[]) {
  if (!(err instanceof ApiRequestError) || queryKey?.[0] === SESSION_KEY[0]) return;
  if (err.code === 'UNAUTHENTICATED') {
    const state = queryClient.getQueryData<SessionState>(SESSION_KEY);
    if (state?.kind === 'anonymous') return;
    clearSession(queryClient);
    void router.navigate({ to: '/login', search: { redirect: router.state.location.href } });
  } else if (err.code === 'SECOND_FACTOR_REQUIRED') {
    void queryClient.invalidateQueries({ queryKey: SESSION_KEY }).then(() => router.invalidate());
  }
}

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: (err, query) => onApiError(err, query.queryKey) }),
  mutationCache: new MutationCache({ onError: (err) => onApiError(err) }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // Client errors will not get better by retrying; a flaky mobile network might.
      retry: (count, err) => count < 2 && (!(err instanceof ApiRequestError) || err.status === 0),
    },
  },
});

const router = buildRouter(queryClient);

function ThemedApp({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const theme = useMemo(() => buildTheme(t), [t]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      {children}
    </MantineProvider>
  );
}

function App() {
  // Server-made text (error messages) is in the language of the cookie at the time: refetch in the new language.
  const onLocaleChange = useCallback(() => {
    void queryClient.invalidateQueries({ predicate: (q) => q.state.status === 'error' });
  }, []);
  return (
    <I18nProvider onLocaleChange={onLocaleChange}>
      <ThemedApp>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </ThemedApp>
    </I18nProvider>
  );
}

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('#root missing from index.html');
createRoot(rootElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
