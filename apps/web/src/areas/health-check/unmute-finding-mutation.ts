import { API_ROUTES } from "@logstag/api-contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { healthCheckKeys } from "./keys.ts";

/** Ends a mute now; the backend re-scores the latest report, so the area reloads. */
export function useUnmuteFindingMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (muteId: string) =>
      apiRequest(API_ROUTES.healthChecks.unmute, { params: { muteId } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: healthCheckKeys.all }),
  });
}
