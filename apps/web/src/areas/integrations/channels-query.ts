import { API_ROUTES, type Channel } from "@logstag/api-contract";
import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { integrationsKeys } from "./keys.ts";

export async function fetchChannels(signal: AbortSignal): Promise<Channel[]> {
  return (await apiRequest(API_ROUTES.channels.list, { signal })).channels;
}

export function useChannelsQuery() {
  return useQuery({
    queryKey: integrationsKeys.channels(),
    queryFn: ({ signal }) => fetchChannels(signal),
  });
}
