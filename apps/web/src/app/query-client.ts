import { QueryCache, QueryClient } from "@tanstack/react-query";
import { ApiClientError, isUnauthenticated } from "../lib/api-error.ts";
import { sessionKeys } from "../lib/session/keys.ts";

const MAX_RETRIES = 2;

export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        // A session that expired mid-use: re-checking it sends the operator to the login page.
        if (isUnauthenticated(error) && query.queryKey[0] !== sessionKeys.me[0]) {
          void queryClient.invalidateQueries({ queryKey: sessionKeys.me });
        }
      },
    }),
    defaultOptions: {
      queries: {
        retry: (failures, error) => failures < MAX_RETRIES && !isClientError(error),
        refetchOnWindowFocus: true,
      },
      mutations: { retry: false },
    },
  });
  return queryClient;
}

function isClientError(error: unknown): boolean {
  return error instanceof ApiClientError && error.status >= 400 && error.status < 500;
}
