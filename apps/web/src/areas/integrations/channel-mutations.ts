import { API_ROUTES } from "@logstag/api-contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import type { ChannelInput } from "./integrations.utils.ts";
import { integrationsKeys } from "./keys.ts";

function useIntegrationsMutation<T>(fn: (input: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: integrationsKeys.all }),
  });
}

export const useCreateChannelMutation = () =>
  useIntegrationsMutation((input: ChannelInput) =>
    apiRequest(API_ROUTES.channels.create, { body: input }),
  );

export const useDeleteChannelMutation = () =>
  useIntegrationsMutation((channelId: string) =>
    apiRequest(API_ROUTES.channels.remove, { params: { channelId } }),
  );

/** Sends a test notification; nothing changes, so nothing is invalidated. */
export function useTestChannelMutation() {
  return useMutation({
    mutationFn: (channelId: string) =>
      apiRequest(API_ROUTES.channels.test, { params: { channelId } }),
  });
}
