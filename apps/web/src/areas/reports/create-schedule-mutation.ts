import { API_ROUTES, type ScheduleBody } from "@logstag/api-contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";
import { reportsKeys } from "./keys.ts";

export function useCreateScheduleMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ScheduleBody) => apiRequest(API_ROUTES.reportSchedules.create, { body }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: reportsKeys.schedules() }),
  });
}
