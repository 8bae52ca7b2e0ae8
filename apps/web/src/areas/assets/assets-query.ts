import { API_ROUTES, type AssetsResponse } from "@logstag/api-contract";
import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { assetsKeys } from "./keys.ts";

export const ASSETS_REFRESH_MS = 10_000;

export function fetchAssets(signal: AbortSignal): Promise<AssetsResponse> {
  return apiRequest(API_ROUTES.assets.list, { signal });
}

export function useAssetsQuery() {
  return useQuery({
    queryKey: assetsKeys.list(),
    queryFn: ({ signal }) => fetchAssets(signal),
    refetchInterval: ASSETS_REFRESH_MS,
  });
}
