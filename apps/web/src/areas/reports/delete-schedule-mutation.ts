import { API_ROUTES } from "@logstag/api-contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { reportsKeys } from "./keys.ts";

export function useDeleteScheduleMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (scheduleId: string) =>
      apiRequest(API_ROUTES.reportSchedules.remove, { params: { scheduleId } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: reportsKeys.schedules() }),
  });
}
