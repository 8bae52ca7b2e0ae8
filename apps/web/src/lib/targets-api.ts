import { API_ROUTES, type TargetSummary } from "@logstag/api-contract";
import { apiRequest } from "./api-client.ts";

/** The organization's targets. */
export async function fetchTargets(signal: AbortSignal): Promise<TargetSummary[]> {
  return (await apiRequest(API_ROUTES.assets.list, { signal })).targets;
}

export function fetchTarget(targetId: string, signal: AbortSignal): Promise<TargetSummary> {
  return apiRequest(API_ROUTES.assets.target, { params: { targetId }, signal });
}
