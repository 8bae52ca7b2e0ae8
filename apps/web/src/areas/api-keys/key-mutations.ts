import { API_ROUTES, type ApiKeyScope } from "@logstag/api-contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { apiKeysKeys } from "./keys.ts";

function useKeysMutation<T, R>(fn: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: apiKeysKeys.all }),
  });
}

export const useCreateApiKeyMutation = () =>
  useKeysMutation((input: { name: string; scope: ApiKeyScope; expiresAt: string | null }) =>
    apiRequest(API_ROUTES.apiKeys.create, { body: input }),
  );

export const useRevokeApiKeyMutation = () =>
  useKeysMutation((keyId: string) => apiRequest(API_ROUTES.apiKeys.revoke, { params: { keyId } }));

export const useCreateAgentKeyMutation = () =>
  useKeysMutation((input: { name: string }) =>
    apiRequest(API_ROUTES.agentKeys.create, { body: input }),
  );

export const useRevokeAgentKeyMutation = () =>
  useKeysMutation((keyId: string) =>
    apiRequest(API_ROUTES.agentKeys.revoke, { params: { keyId } }),
  );
