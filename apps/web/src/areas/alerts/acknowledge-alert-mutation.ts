import { API_ROUTES } from "@logstag/api-contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { alertsKeys } from "./keys.ts";

export function useAcknowledgeAlertMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { alertId: string; comment: string }) =>
      apiRequest(API_ROUTES.alerts.acknowledge, {
        params: { alertId: input.alertId },
        body: input.comment.trim() === "" ? {} : { comment: input.comment.trim() },
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: alertsKeys.all }),
  });
}
