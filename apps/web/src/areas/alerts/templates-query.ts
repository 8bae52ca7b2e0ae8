import { type AlertTemplateView, API_ROUTES } from "@logstag/api-contract";
import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { alertsKeys } from "./keys.ts";

export async function fetchTemplates(signal: AbortSignal): Promise<AlertTemplateView[]> {
  return (await apiRequest(API_ROUTES.alertTemplates.list, { signal })).templates;
}

export function useTemplatesQuery() {
  return useQuery({
    queryKey: alertsKeys.templates(),
    queryFn: ({ signal }) => fetchTemplates(signal),
    staleTime: 5 * 60_000,
  });
}
