import { API_ROUTES } from "@logstag/api-contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { healthCheckKeys } from "./keys.ts";

/** Runs the target's checks now; every list and chart of the area refreshes afterwards. */
export function useGenerateReportMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (targetId: string) =>
      apiRequest(API_ROUTES.healthChecks.generate, { params: { targetId } }),
    onSuccess: (report) => queryClient.setQueryData(healthCheckKeys.report(report.id), report),
    onSettled: () => queryClient.invalidateQueries({ queryKey: healthCheckKeys.all }),
  });
}
