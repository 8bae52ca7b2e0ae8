import { API_ROUTES, type Silence } from "@logstag/api-contract";
import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { alertsKeys } from "./keys.ts";

export async function fetchSilences(signal: AbortSignal): Promise<Silence[]> {
  return (await apiRequest(API_ROUTES.silences.list, { signal })).silences;
}

export function useSilencesQuery() {
  return useQuery({
    queryKey: alertsKeys.silences(),
    queryFn: ({ signal }) => fetchSilences(signal),
  });
}
