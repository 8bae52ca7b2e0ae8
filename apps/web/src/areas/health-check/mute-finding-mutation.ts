import { API_ROUTES } from "@logstag/api-contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { healthCheckKeys } from "./keys.ts";

export interface MuteFindingInput {
  targetId: string;
  checkId: string;
  reason: string;
  until: string;
}

/** Mutes a check on a target; the backend re-scores the latest report, so the area reloads. */
export function useMuteFindingMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ targetId, ...body }: MuteFindingInput) =>
      apiRequest(API_ROUTES.healthChecks.mute, { params: { targetId }, body }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: healthCheckKeys.all }),
  });
}
