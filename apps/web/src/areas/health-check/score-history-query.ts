import { API_ROUTES, type ScoreHistoryResponse } from "@logstag/api-contract";
import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { healthCheckKeys } from "./keys.ts";

export async function fetchScoreHistory(
  targetId: string,
  days: number,
  signal: AbortSignal,
): Promise<ScoreHistoryResponse> {
  return apiRequest(API_ROUTES.healthChecks.history, {
    params: { targetId },
    query: { days },
    signal,
  });
}

export function useScoreHistoryQuery(targetId: string, days: number) {
  return useQuery({
    queryKey: healthCheckKeys.scores(targetId, days),
    queryFn: ({ signal }) => fetchScoreHistory(targetId, days, signal),
  });
}
