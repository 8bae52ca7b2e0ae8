import { API_ROUTES } from "@logstag/api-contract";
import { useMutation } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { useInvalidatingMutation } from "../../lib/use-invalidating-mutation.ts";
import type { ChannelInput, ChannelUpdate } from "./integrations.utils.ts";
import { integrationsKeys } from "./keys.ts";

function useIntegrationsMutation<T>(fn: (input: T) => Promise<unknown>) {
  return useInvalidatingMutation(integrationsKeys.all, fn);
}

export const useCreateChannelMutation = () =>
  useIntegrationsMutation((input: ChannelInput) =>
    apiRequest(API_ROUTES.channels.create, { body: input }),
  );

export const useUpdateChannelMutation = () =>
  useIntegrationsMutation((input: { channelId: string; changes: ChannelUpdate }) =>
    apiRequest(API_ROUTES.channels.update, {
      params: { channelId: input.channelId },
      body: input.changes,
    }),
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
